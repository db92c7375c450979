/**
 * @file suprsend/operations.h
 * @brief SuprSend: operations operations. Generated; do not edit.
 */
#ifndef SUPRSEND_OPERATIONS_H
#define SUPRSEND_OPERATIONS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Trigger an Event
 *
 * API to pass an event, which in turn triggers workflows where that event is defined as the
 * trigger.
 *
 * `POST /event/`
 *
 * @param client a client from suprsend_client_new()
 * @param body request body: suprsend_event_api_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_event_api_response_free() it), NULL otherwise; may be NULL to discard. 202 - Accepted
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_event_api(suprsend_client *client, const suprsend_event_api_request *body,
                                   suprsend_event_api_response **out, suprsend_error *err);
/** Descriptor of suprsend_event_api(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_event_api_op;

/**
 * Completion of suprsend_event_api_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_event_api_async()
 * @param rc 0, or what suprsend_event_api() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_event_api()'s out would receive, owned by the callback
 * (suprsend_event_api_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_event_api() fills it; valid until the callback returns
 */
typedef void (*suprsend_event_api_callback)(void *user_data, int rc, suprsend_event_api_response *result,
                                            suprsend_error *err);

/**
 * Trigger an Event
 *
 * Asynchronous form of suprsend_event_api(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_event_api() would return; the result
 * is the callback's to free.
 *
 * `POST /event/`
 *
 * @param client a client from suprsend_client_new()
 * @param body request body, as for suprsend_event_api(); read before this returns
 * @param callback called with the outcome (see suprsend_event_api_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_event_api() refuses before sending),
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_event_api()
 */
APIC_EXPORT int suprsend_event_api_async(suprsend_client *client, const suprsend_event_api_request *body,
                                         suprsend_event_api_callback callback, void *user_data, apic_async_call **call,
                                         suprsend_error *err);

/** Parameters of suprsend_get_tenant(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_tenant_params {
    /**
     * unique identifier of the tenant you want to get the details for
     * Required.
     */
    char *tenant_id;
} suprsend_get_tenant_params;

/**
 * Get Tenant data
 *
 * API to fetch tenant settings (logo, colors, links, preference) corresponding to a tenant_id. To
 * create or update tenant data, use the Create/Update Tenant endpoint. To create or update tenant
 * data, use the Create/Update Tenant endpoint. To create or update tenant data, use the
 * Create/Update Tenant endpoint.
 *
 * `GET /v1/tenant/{tenant_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: tenant_id
 * @param out receives the result on success (suprsend_json_map_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_tenant(suprsend_client *client, const suprsend_get_tenant_params *params,
                                    apic_json_map **out, suprsend_error *err);
/** Descriptor of suprsend_get_tenant(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_tenant_op;

/**
 * Completion of suprsend_get_tenant_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_get_tenant_async()
 * @param rc 0, or what suprsend_get_tenant() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_get_tenant()'s out would receive, owned by the callback
 * (suprsend_json_map_free() it); NULL otherwise
 * @param err the call's error, as suprsend_get_tenant() fills it; valid until the callback returns
 */
typedef void (*suprsend_get_tenant_callback)(void *user_data, int rc, apic_json_map *result, suprsend_error *err);

/**
 * Get Tenant data
 *
 * Asynchronous form of suprsend_get_tenant(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_get_tenant() would return; the
 * result is the callback's to free.
 *
 * `GET /v1/tenant/{tenant_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_tenant(); read before this returns
 * @param callback called with the outcome (see suprsend_get_tenant_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_get_tenant() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_get_tenant()
 */
APIC_EXPORT int suprsend_get_tenant_async(suprsend_client *client, const suprsend_get_tenant_params *params,
                                          suprsend_get_tenant_callback callback, void *user_data,
                                          apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_create_tenants(). Zero-initialise, then set what you need. */
typedef struct suprsend_create_tenants_params {
    /**
     * unique identifier of the tenant that you want to create / update
     * Required.
     */
    char *tenant_id;
} suprsend_create_tenants_params;

/**
 * Create / Update Tenants
 *
 * API to create a new Tenant OR update an existing Tenant
 *
 * `POST /v1/tenant/{tenant_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: tenant_id
 * @param body request body: suprsend_create_tenants_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_json_map_free() it), NULL otherwise; may be NULL to discard. 201 - Created
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_create_tenants(suprsend_client *client, const suprsend_create_tenants_params *params,
                                        const suprsend_create_tenants_request *body, apic_json_map **out,
                                        suprsend_error *err);
/** Descriptor of suprsend_create_tenants(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_create_tenants_op;

/**
 * Completion of suprsend_create_tenants_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_create_tenants_async()
 * @param rc 0, or what suprsend_create_tenants() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_create_tenants()'s out would receive, owned by the
 * callback (suprsend_json_map_free() it); NULL otherwise
 * @param err the call's error, as suprsend_create_tenants() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_create_tenants_callback)(void *user_data, int rc, apic_json_map *result, suprsend_error *err);

/**
 * Create / Update Tenants
 *
 * Asynchronous form of suprsend_create_tenants(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_create_tenants() would return;
 * the result is the callback's to free.
 *
 * `POST /v1/tenant/{tenant_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_create_tenants(); read before this returns
 * @param body request body, as for suprsend_create_tenants(); read before this returns
 * @param callback called with the outcome (see suprsend_create_tenants_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_create_tenants() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_create_tenants()
 */
APIC_EXPORT int suprsend_create_tenants_async(suprsend_client *client, const suprsend_create_tenants_params *params,
                                              const suprsend_create_tenants_request *body,
                                              suprsend_create_tenants_callback callback, void *user_data,
                                              apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_delete_tenant(). Zero-initialise, then set what you need. */
typedef struct suprsend_delete_tenant_params {
    /**
     * unique identifier of the tenant you want to get the details for
     * Required.
     */
    char *tenant_id;
} suprsend_delete_tenant_params;

/**
 * Delete Tenant
 *
 * API to permanently delete tenant and it's associated settings.
 *
 * `DELETE /v1/tenant/{tenant_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: tenant_id
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_delete_tenant(suprsend_client *client, const suprsend_delete_tenant_params *params,
                                       suprsend_error *err);
/** Descriptor of suprsend_delete_tenant(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_delete_tenant_op;

/**
 * Completion of suprsend_delete_tenant_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_delete_tenant_async()
 * @param rc 0, or what suprsend_delete_tenant() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param err the call's error, as suprsend_delete_tenant() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_delete_tenant_callback)(void *user_data, int rc, suprsend_error *err);

/**
 * Delete Tenant
 *
 * Asynchronous form of suprsend_delete_tenant(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_delete_tenant() would return.
 *
 * `DELETE /v1/tenant/{tenant_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_delete_tenant(); read before this returns
 * @param callback called with the outcome (see suprsend_delete_tenant_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_delete_tenant() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_delete_tenant()
 */
APIC_EXPORT int suprsend_delete_tenant_async(suprsend_client *client, const suprsend_delete_tenant_params *params,
                                             suprsend_delete_tenant_callback callback, void *user_data,
                                             apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_get_tenant_list(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_tenant_list_params {
    bool has_limit; /**< true when limit is set */
    /** number of results to be returned in API response */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** starting position of tenant list */
    int64_t offset;
} suprsend_get_tenant_list_params;

/**
 * Get Tenant List
 *
 * API to fetch a paginated list of tenants available in your workspace.
 *
 * Paginated ('offset' advanced by the items received, up to 'meta.count'): the `_iter_new()`,
 * `_iter_next()` and `_iter_free()` functions beside this one go through every item, asking for
 * pages as they are needed.
 *
 * `GET /v1/tenant/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (suprsend_get_tenant_list_response_free() it), NULL otherwise; may be NULL to discard. 200 - OK
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_tenant_list(suprsend_client *client, const suprsend_get_tenant_list_params *params,
                                         suprsend_get_tenant_list_response **out, suprsend_error *err);
/** Descriptor of suprsend_get_tenant_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_tenant_list_op;

/**
 * Completion of suprsend_get_tenant_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_get_tenant_list_async()
 * @param rc 0, or what suprsend_get_tenant_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_get_tenant_list()'s out would receive, owned by the
 * callback (suprsend_get_tenant_list_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_get_tenant_list() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_get_tenant_list_callback)(void *user_data, int rc, suprsend_get_tenant_list_response *result,
                                                  suprsend_error *err);

/**
 * Get Tenant List
 *
 * Asynchronous form of suprsend_get_tenant_list(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_get_tenant_list() would
 * return; the result is the callback's to free.
 *
 * `GET /v1/tenant/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_tenant_list(); read before this returns
 * @param callback called with the outcome (see suprsend_get_tenant_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_get_tenant_list() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_get_tenant_list()
 */
APIC_EXPORT int suprsend_get_tenant_list_async(suprsend_client *client, const suprsend_get_tenant_list_params *params,
                                               suprsend_get_tenant_list_callback callback, void *user_data,
                                               apic_async_call **call, suprsend_error *err);

/** Iteration over every item of suprsend_get_tenant_list(), page after page (apic/pager.h). */
typedef struct apic_pager suprsend_get_tenant_list_iter;
/**
 * Starts iterating: nothing is sent before the first suprsend_get_tenant_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until suprsend_get_tenant_list_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int suprsend_get_tenant_list_iter_new(suprsend_client *client,
                                                  const suprsend_get_tenant_list_params *params,
                                                  suprsend_get_tenant_list_iter **out, suprsend_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or suprsend_get_tenant_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int suprsend_get_tenant_list_iter_next(suprsend_get_tenant_list_iter *it,
                                                   const suprsend_get_tenant_list_response_results_item **item,
                                                   suprsend_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void suprsend_get_tenant_list_iter_free(suprsend_get_tenant_list_iter *it);

/** Parameters of suprsend_remove_users_from_list(). Zero-initialise, then set what you need. */
typedef struct suprsend_remove_users_from_list_params {
    /**
     * Unique string identifier of the list to which user needs to be updated
     * Required.
     */
    char *list_id;
} suprsend_remove_users_from_list_params;

/**
 * Remove Subscribers from List
 *
 * API to remove users from a list by passing their distinct_ids.
 *
 * `POST /v1/subscriber_list/{list_id}/subscriber/remove/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: list_id
 * @param body request body: suprsend_remove_users_from_list_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_remove_users_from_list_response_free() it), NULL otherwise; may be NULL to discard. 201
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_remove_users_from_list(suprsend_client *client,
                                                const suprsend_remove_users_from_list_params *params,
                                                const suprsend_remove_users_from_list_request *body,
                                                suprsend_remove_users_from_list_response **out, suprsend_error *err);
/** Descriptor of suprsend_remove_users_from_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_remove_users_from_list_op;

/**
 * Completion of suprsend_remove_users_from_list_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_remove_users_from_list_async()
 * @param rc 0, or what suprsend_remove_users_from_list() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_remove_users_from_list()'s out would receive, owned by
 * the callback (suprsend_remove_users_from_list_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_remove_users_from_list() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_remove_users_from_list_callback)(void *user_data, int rc,
                                                         suprsend_remove_users_from_list_response *result,
                                                         suprsend_error *err);

/**
 * Remove Subscribers from List
 *
 * Asynchronous form of suprsend_remove_users_from_list(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_remove_users_from_list() would return; the result is the callback's to free.
 *
 * `POST /v1/subscriber_list/{list_id}/subscriber/remove/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_remove_users_from_list(); read before this returns
 * @param body request body, as for suprsend_remove_users_from_list(); read before this returns
 * @param callback called with the outcome (see suprsend_remove_users_from_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_remove_users_from_list() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_remove_users_from_list()
 */
APIC_EXPORT int suprsend_remove_users_from_list_async(suprsend_client *client,
                                                      const suprsend_remove_users_from_list_params *params,
                                                      const suprsend_remove_users_from_list_request *body,
                                                      suprsend_remove_users_from_list_callback callback,
                                                      void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_get_all_lists(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_all_lists_params {
    bool has_limit; /**< true when limit is set */
    /** number of results to be returned in API response */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** starting position of tenant list */
    int64_t offset;
} suprsend_get_all_lists_params;

/**
 * Get all Lists
 *
 * API to fetch a paginated list of all lists created in your workspace.
 *
 * `GET /v1/subscriber_list/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (suprsend_get_all_lists_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_all_lists(suprsend_client *client, const suprsend_get_all_lists_params *params,
                                       suprsend_get_all_lists_response **out, suprsend_error *err);
/** Descriptor of suprsend_get_all_lists(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_all_lists_op;

/**
 * Completion of suprsend_get_all_lists_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_get_all_lists_async()
 * @param rc 0, or what suprsend_get_all_lists() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_get_all_lists()'s out would receive, owned by the
 * callback (suprsend_get_all_lists_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_get_all_lists() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_get_all_lists_callback)(void *user_data, int rc, suprsend_get_all_lists_response *result,
                                                suprsend_error *err);

/**
 * Get all Lists
 *
 * Asynchronous form of suprsend_get_all_lists(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_get_all_lists() would return; the
 * result is the callback's to free.
 *
 * `GET /v1/subscriber_list/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_all_lists(); read before this returns
 * @param callback called with the outcome (see suprsend_get_all_lists_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_get_all_lists() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_get_all_lists()
 */
APIC_EXPORT int suprsend_get_all_lists_async(suprsend_client *client, const suprsend_get_all_lists_params *params,
                                             suprsend_get_all_lists_callback callback, void *user_data,
                                             apic_async_call **call, suprsend_error *err);

/**
 * Create a List
 *
 * API to create / manage lists to send notification to a bulk list of users.
 *
 * `POST /v1/subscriber_list/`
 *
 * @param client a client from suprsend_client_new()
 * @param body request body: suprsend_create_list_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_create_list_response_free() it), NULL otherwise; may be NULL to discard. 201
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_create_list(suprsend_client *client, const suprsend_create_list_request *body,
                                     suprsend_create_list_response **out, suprsend_error *err);
/** Descriptor of suprsend_create_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_create_list_op;

/**
 * Completion of suprsend_create_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_create_list_async()
 * @param rc 0, or what suprsend_create_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_create_list()'s out would receive, owned by the callback
 * (suprsend_create_list_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_create_list() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_create_list_callback)(void *user_data, int rc, suprsend_create_list_response *result,
                                              suprsend_error *err);

/**
 * Create a List
 *
 * Asynchronous form of suprsend_create_list(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_create_list() would return; the
 * result is the callback's to free.
 *
 * `POST /v1/subscriber_list/`
 *
 * @param client a client from suprsend_client_new()
 * @param body request body, as for suprsend_create_list(); read before this returns
 * @param callback called with the outcome (see suprsend_create_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_create_list() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_create_list()
 */
APIC_EXPORT int suprsend_create_list_async(suprsend_client *client, const suprsend_create_list_request *body,
                                           suprsend_create_list_callback callback, void *user_data,
                                           apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_dynamic_workflow_trigger(). Zero-initialise, then set what you need. */
typedef struct suprsend_dynamic_workflow_trigger_params {
    /**
     * The `workspace_key` path parameter: a string.
     * Required.
     */
    char *workspace_key;
} suprsend_dynamic_workflow_trigger_params;

/**
 * Dynamic Workflow Trigger
 *
 * API to dynamically create and trigger a single step workflow.
 *
 * `POST /{workspace_key}/trigger/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace_key
 * @param body request body: suprsend_dynamic_workflow_trigger_request, sent as JSON; may be NULL
 * @param out receives the result on success (free() it), NULL otherwise; may be NULL to discard. 202
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_dynamic_workflow_trigger(suprsend_client *client,
                                                  const suprsend_dynamic_workflow_trigger_params *params,
                                                  const suprsend_dynamic_workflow_trigger_request *body, char **out,
                                                  suprsend_error *err);
/** Descriptor of suprsend_dynamic_workflow_trigger(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_dynamic_workflow_trigger_op;

/**
 * Completion of suprsend_dynamic_workflow_trigger_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_dynamic_workflow_trigger_async()
 * @param rc 0, or what suprsend_dynamic_workflow_trigger() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_dynamic_workflow_trigger()'s out would receive, owned by
 * the callback (free() it); NULL otherwise
 * @param err the call's error, as suprsend_dynamic_workflow_trigger() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_dynamic_workflow_trigger_callback)(void *user_data, int rc, char *result, suprsend_error *err);

/**
 * Dynamic Workflow Trigger
 *
 * Asynchronous form of suprsend_dynamic_workflow_trigger(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_dynamic_workflow_trigger() would return; the result is the callback's to free.
 *
 * `POST /{workspace_key}/trigger/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_dynamic_workflow_trigger(); read before this returns
 * @param body request body, as for suprsend_dynamic_workflow_trigger(); read before this returns
 * @param callback called with the outcome (see suprsend_dynamic_workflow_trigger_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_dynamic_workflow_trigger() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_dynamic_workflow_trigger()
 */
APIC_EXPORT int suprsend_dynamic_workflow_trigger_async(suprsend_client *client,
                                                        const suprsend_dynamic_workflow_trigger_params *params,
                                                        const suprsend_dynamic_workflow_trigger_request *body,
                                                        suprsend_dynamic_workflow_trigger_callback callback,
                                                        void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_get_user_preference_all_categories(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_user_preference_all_categories_params {
    /**
     * distinct_id of the user whose preferences should be fetched
     * Required.
     */
    char *distinct_id;
    /** to fetch user preferences for a particular tenant */
    char *tenant_id;
    bool has_show_opt_out_channels; /**< true when show_opt_out_channels is set */
    /** set this flag to `true` if you want to fetch channel list for opt-out categories. */
    bool show_opt_out_channels;
    /**
     * Filter preference categories with tags assigned to them. Used to filter preference categories
     * relevant to the user on UI based on their roles, department or teams.
     * You can apply single tag filter like `tags=tag1` or build nested conditions using logical
     * operators - `and`, `or`, `not`, `exists`.
     *
     * Example:
     * ```
     * tags=admin
     * tags={"or":[{"and":["admin","sales"]},{"and":["admin","manager"]}]}
     * tags={"not":"admin"}
     * tags={"exists":true}
     * ```
     */
    char *tags;
    /**
     * Locale code (e.g., `es`, `fr`, `de`, `ja`, `es-AR`) to fetch preference translations in user's
     * locale. When provided, the API looks for category and section names and descriptions in the
     * respective locale file.
     * If a translation is missing for the requested locale, the system automatically falls back in
     * this order: `locale-region` (e.g., `es-AR`) → `locale` (e.g., `es`) → `en` (English - always
     * available).
     * Example: `"es"`.
     */
    char *locale;
} suprsend_get_user_preference_all_categories_params;

/**
 * All Categories
 *
 * API to fetch user preferences across all categories.
 *
 * `GET /v1/user/{distinct_id}/preference/category/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: distinct_id
 * @param out receives the result on success (suprsend_get_user_preference_all_categories_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_user_preference_all_categories(suprsend_client *client,
                                                            const suprsend_get_user_preference_all_categories_params *params,
                                                            suprsend_get_user_preference_all_categories_response **out,
                                                            suprsend_error *err);
/** Descriptor of suprsend_get_user_preference_all_categories(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_user_preference_all_categories_op;

/**
 * Completion of suprsend_get_user_preference_all_categories_async(): called exactly once, later,
 * on the loop thread (apic/async.h).
 * @param user_data as given to suprsend_get_user_preference_all_categories_async()
 * @param rc 0, or what suprsend_get_user_preference_all_categories() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what suprsend_get_user_preference_all_categories()'s out would receive,
 * owned by the callback (suprsend_get_user_preference_all_categories_response_free() it); NULL
 * otherwise
 * @param err the call's error, as suprsend_get_user_preference_all_categories() fills it; valid
 * until the callback returns
 */
typedef void (*suprsend_get_user_preference_all_categories_callback)(void *user_data, int rc,
                                                                     suprsend_get_user_preference_all_categories_response *result,
                                                                     suprsend_error *err);

/**
 * All Categories
 *
 * Asynchronous form of suprsend_get_user_preference_all_categories(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_get_user_preference_all_categories() would return; the result is the callback's to
 * free.
 *
 * `GET /v1/user/{distinct_id}/preference/category/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_user_preference_all_categories(); read before this
 * returns
 * @param callback called with the outcome (see
 * suprsend_get_user_preference_all_categories_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_get_user_preference_all_categories()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_get_user_preference_all_categories()
 */
APIC_EXPORT int suprsend_get_user_preference_all_categories_async(suprsend_client *client,
                                                                  const suprsend_get_user_preference_all_categories_params *params,
                                                                  suprsend_get_user_preference_all_categories_callback callback,
                                                                  void *user_data, apic_async_call **call,
                                                                  suprsend_error *err);

/** Parameters of suprsend_add_subscribers_to_list(). Zero-initialise, then set what you need. */
typedef struct suprsend_add_subscribers_to_list_params {
    /**
     * Unique string identifier of the list to which user needs to be updated
     * Required.
     */
    char *list_id;
} suprsend_add_subscribers_to_list_params;

/**
 * Add Users to List
 *
 * API to add users to the list by passing their distinct_ids.
 *
 * `POST /v1/subscriber_list/{list_id}/subscriber/add/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: list_id
 * @param body request body: suprsend_add_subscribers_to_list_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_add_subscribers_to_list_response_free() it), NULL otherwise; may be NULL to discard. 201
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_add_subscribers_to_list(suprsend_client *client,
                                                 const suprsend_add_subscribers_to_list_params *params,
                                                 const suprsend_add_subscribers_to_list_request *body,
                                                 suprsend_add_subscribers_to_list_response **out, suprsend_error *err);
/** Descriptor of suprsend_add_subscribers_to_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_add_subscribers_to_list_op;

/**
 * Completion of suprsend_add_subscribers_to_list_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_add_subscribers_to_list_async()
 * @param rc 0, or what suprsend_add_subscribers_to_list() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_add_subscribers_to_list()'s out would receive, owned by
 * the callback (suprsend_add_subscribers_to_list_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_add_subscribers_to_list() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_add_subscribers_to_list_callback)(void *user_data, int rc,
                                                          suprsend_add_subscribers_to_list_response *result,
                                                          suprsend_error *err);

/**
 * Add Users to List
 *
 * Asynchronous form of suprsend_add_subscribers_to_list(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_add_subscribers_to_list() would return; the result is the callback's to free.
 *
 * `POST /v1/subscriber_list/{list_id}/subscriber/add/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_add_subscribers_to_list(); read before this returns
 * @param body request body, as for suprsend_add_subscribers_to_list(); read before this returns
 * @param callback called with the outcome (see suprsend_add_subscribers_to_list_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_add_subscribers_to_list() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_add_subscribers_to_list()
 */
APIC_EXPORT int suprsend_add_subscribers_to_list_async(suprsend_client *client,
                                                       const suprsend_add_subscribers_to_list_params *params,
                                                       const suprsend_add_subscribers_to_list_request *body,
                                                       suprsend_add_subscribers_to_list_callback callback,
                                                       void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_get_list(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_list_params {
    /**
     * Unique string identifier of the list.
     * Required.
     */
    char *list_id;
} suprsend_get_list_params;

/**
 * Get List configuration
 *
 * API to fetch list metadata like list type, count, source, and status. Doesn't include users in
 * the list.
 *
 * `GET /v1/subscriber_list/{list_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: list_id
 * @param out receives the result on success (suprsend_get_list_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_list(suprsend_client *client, const suprsend_get_list_params *params,
                                  suprsend_get_list_response **out, suprsend_error *err);
/** Descriptor of suprsend_get_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_list_op;

/**
 * Completion of suprsend_get_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_get_list_async()
 * @param rc 0, or what suprsend_get_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_get_list()'s out would receive, owned by the callback
 * (suprsend_get_list_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_get_list() fills it; valid until the callback returns
 */
typedef void (*suprsend_get_list_callback)(void *user_data, int rc, suprsend_get_list_response *result,
                                           suprsend_error *err);

/**
 * Get List configuration
 *
 * Asynchronous form of suprsend_get_list(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_get_list() would return; the result
 * is the callback's to free.
 *
 * `GET /v1/subscriber_list/{list_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_list(); read before this returns
 * @param callback called with the outcome (see suprsend_get_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_get_list() refuses before sending),
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_get_list()
 */
APIC_EXPORT int suprsend_get_list_async(suprsend_client *client, const suprsend_get_list_params *params,
                                        suprsend_get_list_callback callback, void *user_data, apic_async_call **call,
                                        suprsend_error *err);

/** Parameters of suprsend_trigger_broadcast(). Zero-initialise, then set what you need. */
typedef struct suprsend_trigger_broadcast_params {
    /**
     * unique identifier of your workspace
     * Required.
     */
    char *workspace_key;
} suprsend_trigger_broadcast_params;

/**
 * Trigger Broadcast
 *
 * API to trigger broadcast notification to list users.
 *
 * `POST /{workspace_key}/broadcast/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace_key
 * @param body request body: suprsend_trigger_broadcast_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_trigger_broadcast_response_free() it), NULL otherwise; may be NULL to discard. 202 - Accepted
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_trigger_broadcast(suprsend_client *client, const suprsend_trigger_broadcast_params *params,
                                           const suprsend_trigger_broadcast_request *body,
                                           suprsend_trigger_broadcast_response **out, suprsend_error *err);
/** Descriptor of suprsend_trigger_broadcast(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_trigger_broadcast_op;

/**
 * Completion of suprsend_trigger_broadcast_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_trigger_broadcast_async()
 * @param rc 0, or what suprsend_trigger_broadcast() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_trigger_broadcast()'s out would receive, owned by the
 * callback (suprsend_trigger_broadcast_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_trigger_broadcast() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_trigger_broadcast_callback)(void *user_data, int rc,
                                                    suprsend_trigger_broadcast_response *result, suprsend_error *err);

/**
 * Trigger Broadcast
 *
 * Asynchronous form of suprsend_trigger_broadcast(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_trigger_broadcast() would
 * return; the result is the callback's to free.
 *
 * `POST /{workspace_key}/broadcast/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_trigger_broadcast(); read before this returns
 * @param body request body, as for suprsend_trigger_broadcast(); read before this returns
 * @param callback called with the outcome (see suprsend_trigger_broadcast_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_trigger_broadcast() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_trigger_broadcast()
 */
APIC_EXPORT int suprsend_trigger_broadcast_async(suprsend_client *client,
                                                 const suprsend_trigger_broadcast_params *params,
                                                 const suprsend_trigger_broadcast_request *body,
                                                 suprsend_trigger_broadcast_callback callback, void *user_data,
                                                 apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_get_user_preference_channel(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_user_preference_channel_params {
    /**
     * distinct_id of the user whose preferences should be fetched
     * Required.
     */
    char *distinct_id;
    /** to fetch user preferences for a particular tenant */
    char *tenant_id;
} suprsend_get_user_preference_channel_params;

/**
 * All Channels
 *
 * API to retrieve user preferences for all channels.
 *
 * `GET /v1/user/{distinct_id}/preference/channel_preference/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: distinct_id
 * @param out receives the result on success (suprsend_get_user_preference_channel_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_user_preference_channel(suprsend_client *client,
                                                     const suprsend_get_user_preference_channel_params *params,
                                                     suprsend_get_user_preference_channel_response **out,
                                                     suprsend_error *err);
/** Descriptor of suprsend_get_user_preference_channel(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_user_preference_channel_op;

/**
 * Completion of suprsend_get_user_preference_channel_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_get_user_preference_channel_async()
 * @param rc 0, or what suprsend_get_user_preference_channel() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_get_user_preference_channel()'s out would receive, owned
 * by the callback (suprsend_get_user_preference_channel_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_get_user_preference_channel() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_get_user_preference_channel_callback)(void *user_data, int rc,
                                                              suprsend_get_user_preference_channel_response *result,
                                                              suprsend_error *err);

/**
 * All Channels
 *
 * Asynchronous form of suprsend_get_user_preference_channel(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_get_user_preference_channel() would return; the result is the callback's to free.
 *
 * `GET /v1/user/{distinct_id}/preference/channel_preference/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_user_preference_channel(); read before this
 * returns
 * @param callback called with the outcome (see suprsend_get_user_preference_channel_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_get_user_preference_channel()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_get_user_preference_channel()
 */
APIC_EXPORT int suprsend_get_user_preference_channel_async(suprsend_client *client,
                                                           const suprsend_get_user_preference_channel_params *params,
                                                           suprsend_get_user_preference_channel_callback callback,
                                                           void *user_data, apic_async_call **call,
                                                           suprsend_error *err);

/** Parameters of suprsend_update_user_preference_channel(). Zero-initialise, then set what you need. */
typedef struct suprsend_update_user_preference_channel_params {
    /**
     * distinct_id of the user whose preferences should be fetched
     * Required.
     */
    char *distinct_id;
    /** to fetch user preferences for a particular tenant */
    char *tenant_id;
} suprsend_update_user_preference_channel_params;

/**
 * Overall Channel level
 *
 * API to update user preferences across all channels.
 *
 * `PATCH /v1/user/{distinct_id}/preference/channel_preference/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: distinct_id
 * @param body request body: suprsend_update_user_preference_channel_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_update_user_preference_channel_response_free() it), NULL otherwise; may be NULL to discard. 202
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_update_user_preference_channel(suprsend_client *client,
                                                        const suprsend_update_user_preference_channel_params *params,
                                                        const suprsend_update_user_preference_channel_request *body,
                                                        suprsend_update_user_preference_channel_response **out,
                                                        suprsend_error *err);
/** Descriptor of suprsend_update_user_preference_channel(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_update_user_preference_channel_op;

/**
 * Completion of suprsend_update_user_preference_channel_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to suprsend_update_user_preference_channel_async()
 * @param rc 0, or what suprsend_update_user_preference_channel() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_update_user_preference_channel()'s out would receive,
 * owned by the callback (suprsend_update_user_preference_channel_response_free() it); NULL
 * otherwise
 * @param err the call's error, as suprsend_update_user_preference_channel() fills it; valid until
 * the callback returns
 */
typedef void (*suprsend_update_user_preference_channel_callback)(void *user_data, int rc,
                                                                 suprsend_update_user_preference_channel_response *result,
                                                                 suprsend_error *err);

/**
 * Overall Channel level
 *
 * Asynchronous form of suprsend_update_user_preference_channel(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_update_user_preference_channel() would return; the result is the callback's to free.
 *
 * `PATCH /v1/user/{distinct_id}/preference/channel_preference/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_update_user_preference_channel(); read before this
 * returns
 * @param body request body, as for suprsend_update_user_preference_channel(); read before this
 * returns
 * @param callback called with the outcome (see suprsend_update_user_preference_channel_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_update_user_preference_channel()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_update_user_preference_channel()
 */
APIC_EXPORT int suprsend_update_user_preference_channel_async(suprsend_client *client,
                                                              const suprsend_update_user_preference_channel_params *params,
                                                              const suprsend_update_user_preference_channel_request *body,
                                                              suprsend_update_user_preference_channel_callback callback,
                                                              void *user_data, apic_async_call **call,
                                                              suprsend_error *err);

/** Parameters of suprsend_get_user_preferences_single_category(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_user_preferences_single_category_params {
    /**
     * distinct_id of the user whose preferences should be fetched
     * Required.
     */
    char *distinct_id;
    /** to fetch user preferences for a particular tenant */
    char *tenant_id;
    /**
     * notification category slug. You can get this from Notification Categories page on SuprSend
     * dashboard -\> Settings page
     * Required.
     */
    char *category_slug;
    bool has_show_opt_out_channels; /**< true when show_opt_out_channels is set */
    /** set this flag to `true` if you want to fetch channel list for opt-out categories. */
    bool show_opt_out_channels;
    /**
     * Locale code (e.g., `es`, `fr`, `de`, `ja`, `es-AR`) to fetch preference translations in user's
     * locale. When provided, the API looks for category and section names and descriptions in the
     * respective locale file.
     * If a translation is missing for the requested locale, the system automatically falls back in
     * this order: `locale-region` (e.g., `es-AR`) → `locale` (e.g., `es`) → `en` (English - always
     * available).
     * Example: `"es"`.
     */
    char *locale;
} suprsend_get_user_preferences_single_category_params;

/**
 * Single Category
 *
 * API to fetch user preferences for a given category.
 *
 * `GET /v1/user/{distinct_id}/preference/category/{category_slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: distinct_id, category_slug
 * @param out receives the result on success (suprsend_get_user_preferences_single_category_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 * @deprecated the API marks this operation deprecated
 */
APIC_EXPORT int suprsend_get_user_preferences_single_category(suprsend_client *client,
                                                              const suprsend_get_user_preferences_single_category_params *params,
                                                              suprsend_get_user_preferences_single_category_response **out,
                                                              suprsend_error *err);
/** Descriptor of suprsend_get_user_preferences_single_category(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_user_preferences_single_category_op;

/**
 * Completion of suprsend_get_user_preferences_single_category_async(): called exactly once, later,
 * on the loop thread (apic/async.h).
 * @param user_data as given to suprsend_get_user_preferences_single_category_async()
 * @param rc 0, or what suprsend_get_user_preferences_single_category() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what suprsend_get_user_preferences_single_category()'s out would
 * receive, owned by the callback (suprsend_get_user_preferences_single_category_response_free()
 * it); NULL otherwise
 * @param err the call's error, as suprsend_get_user_preferences_single_category() fills it; valid
 * until the callback returns
 */
typedef void (*suprsend_get_user_preferences_single_category_callback)(void *user_data, int rc,
                                                                       suprsend_get_user_preferences_single_category_response *result,
                                                                       suprsend_error *err);

/**
 * Single Category
 *
 * Asynchronous form of suprsend_get_user_preferences_single_category(): returns at once; callback
 * is called exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_get_user_preferences_single_category() would return; the result is the callback's to
 * free.
 *
 * `GET /v1/user/{distinct_id}/preference/category/{category_slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_user_preferences_single_category(); read before
 * this returns
 * @param callback called with the outcome (see
 * suprsend_get_user_preferences_single_category_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * suprsend_get_user_preferences_single_category() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see suprsend_get_user_preferences_single_category()
 * @deprecated the API marks this operation deprecated
 */
APIC_EXPORT int suprsend_get_user_preferences_single_category_async(suprsend_client *client,
                                                                    const suprsend_get_user_preferences_single_category_params *params,
                                                                    suprsend_get_user_preferences_single_category_callback callback,
                                                                    void *user_data, apic_async_call **call,
                                                                    suprsend_error *err);

/** Parameters of suprsend_update_user_preference_category(). Zero-initialise, then set what you need. */
typedef struct suprsend_update_user_preference_category_params {
    /**
     * distinct_id of the user whose preferences should be fetched
     * Required.
     */
    char *distinct_id;
    /** to fetch user preferences for a particular tenant */
    char *tenant_id;
    /**
     * notification category slug. You can get this from Notification Categories page on SuprSend
     * dashboard -\> Settings page
     * Required.
     */
    char *category_slug;
    /**
     * Locale code (e.g., `es`, `fr`, `de`, `ja`, `es-AR`) to fetch translated category and section
     * names and descriptions.  When provided, the API returns category and section names and
     * descriptions in the specified language if translations are available.  If a translation is
     * missing for the requested locale, the system automatically falls back in this order:
     * `locale-region` (e.g., `es-AR`) → `locale` (e.g., `es`) → `en` (English - always available).
     * Example: `"es"`.
     */
    char *locale;
} suprsend_update_user_preference_category_params;

/**
 * Category and Channel within Category
 *
 * API to update user preferences for a specific notification category.
 *
 * `PATCH /v1/user/{distinct_id}/preference/category/{category_slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: distinct_id, category_slug
 * @param body request body: suprsend_update_user_preference_category_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_update_user_preference_category_response_free() it), NULL otherwise; may be NULL to discard. 202
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_update_user_preference_category(suprsend_client *client,
                                                         const suprsend_update_user_preference_category_params *params,
                                                         const suprsend_update_user_preference_category_request *body,
                                                         suprsend_update_user_preference_category_response **out,
                                                         suprsend_error *err);
/** Descriptor of suprsend_update_user_preference_category(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_update_user_preference_category_op;

/**
 * Completion of suprsend_update_user_preference_category_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to suprsend_update_user_preference_category_async()
 * @param rc 0, or what suprsend_update_user_preference_category() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_update_user_preference_category()'s out would receive,
 * owned by the callback (suprsend_update_user_preference_category_response_free() it); NULL
 * otherwise
 * @param err the call's error, as suprsend_update_user_preference_category() fills it; valid until
 * the callback returns
 */
typedef void (*suprsend_update_user_preference_category_callback)(void *user_data, int rc,
                                                                  suprsend_update_user_preference_category_response *result,
                                                                  suprsend_error *err);

/**
 * Category and Channel within Category
 *
 * Asynchronous form of suprsend_update_user_preference_category(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_update_user_preference_category() would return; the result is the callback's to free.
 *
 * `PATCH /v1/user/{distinct_id}/preference/category/{category_slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_update_user_preference_category(); read before this
 * returns
 * @param body request body, as for suprsend_update_user_preference_category(); read before this
 * returns
 * @param callback called with the outcome (see suprsend_update_user_preference_category_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_update_user_preference_category()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_update_user_preference_category()
 */
APIC_EXPORT int suprsend_update_user_preference_category_async(suprsend_client *client,
                                                               const suprsend_update_user_preference_category_params *params,
                                                               const suprsend_update_user_preference_category_request *body,
                                                               suprsend_update_user_preference_category_callback callback,
                                                               void *user_data, apic_async_call **call,
                                                               suprsend_error *err);

/** Parameters of suprsend_update_brand_default_preference(). Zero-initialise, then set what you need. */
typedef struct suprsend_update_brand_default_preference_params {
    /**
     * unique identifier of the brand/tenant you want to update default preferences for
     * Required.
     */
    char *tenant_id;
    /**
     * notification category slug. You can get this from Notification Categories page on SuprSend
     * dashboard -\> Settings page
     * Required.
     */
    char *category_slug;
} suprsend_update_brand_default_preference_params;

/**
 * Update Tenant Default Preference
 *
 * API to update tenant default preferences for a specific notification category.
 *
 * `PATCH /v1/tenant/{tenant_id}/category/{category_slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: tenant_id, category_slug
 * @param body request body: suprsend_update_brand_default_preference_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_update_brand_default_preference_response_free() it), NULL otherwise; may be NULL to discard. 202
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_update_brand_default_preference(suprsend_client *client,
                                                         const suprsend_update_brand_default_preference_params *params,
                                                         const suprsend_update_brand_default_preference_request *body,
                                                         suprsend_update_brand_default_preference_response **out,
                                                         suprsend_error *err);
/** Descriptor of suprsend_update_brand_default_preference(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_update_brand_default_preference_op;

/**
 * Completion of suprsend_update_brand_default_preference_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to suprsend_update_brand_default_preference_async()
 * @param rc 0, or what suprsend_update_brand_default_preference() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_update_brand_default_preference()'s out would receive,
 * owned by the callback (suprsend_update_brand_default_preference_response_free() it); NULL
 * otherwise
 * @param err the call's error, as suprsend_update_brand_default_preference() fills it; valid until
 * the callback returns
 */
typedef void (*suprsend_update_brand_default_preference_callback)(void *user_data, int rc,
                                                                  suprsend_update_brand_default_preference_response *result,
                                                                  suprsend_error *err);

/**
 * Update Tenant Default Preference
 *
 * Asynchronous form of suprsend_update_brand_default_preference(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_update_brand_default_preference() would return; the result is the callback's to free.
 *
 * `PATCH /v1/tenant/{tenant_id}/category/{category_slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_update_brand_default_preference(); read before this
 * returns
 * @param body request body, as for suprsend_update_brand_default_preference(); read before this
 * returns
 * @param callback called with the outcome (see suprsend_update_brand_default_preference_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_update_brand_default_preference()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_update_brand_default_preference()
 */
APIC_EXPORT int suprsend_update_brand_default_preference_async(suprsend_client *client,
                                                               const suprsend_update_brand_default_preference_params *params,
                                                               const suprsend_update_brand_default_preference_request *body,
                                                               suprsend_update_brand_default_preference_callback callback,
                                                               void *user_data, apic_async_call **call,
                                                               suprsend_error *err);

/** Parameters of suprsend_delete_list(). Zero-initialise, then set what you need. */
typedef struct suprsend_delete_list_params {
    /**
     * Unique string identifier of the list which you want to delete
     * Required.
     */
    char *list_id;
} suprsend_delete_list_params;

/**
 * Delete List
 *
 * API to permanently delete a list.
 *
 * `PATCH /v1/subscriber_list/{list_id}/delete/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: list_id
 * @param out receives the result on success (suprsend_json_map_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_delete_list(suprsend_client *client, const suprsend_delete_list_params *params,
                                     apic_json_map **out, suprsend_error *err);
/** Descriptor of suprsend_delete_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_delete_list_op;

/**
 * Completion of suprsend_delete_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_delete_list_async()
 * @param rc 0, or what suprsend_delete_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_delete_list()'s out would receive, owned by the callback
 * (suprsend_json_map_free() it); NULL otherwise
 * @param err the call's error, as suprsend_delete_list() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_delete_list_callback)(void *user_data, int rc, apic_json_map *result, suprsend_error *err);

/**
 * Delete List
 *
 * Asynchronous form of suprsend_delete_list(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_delete_list() would return; the
 * result is the callback's to free.
 *
 * `PATCH /v1/subscriber_list/{list_id}/delete/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_delete_list(); read before this returns
 * @param callback called with the outcome (see suprsend_delete_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_delete_list() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_delete_list()
 */
APIC_EXPORT int suprsend_delete_list_async(suprsend_client *client, const suprsend_delete_list_params *params,
                                           suprsend_delete_list_callback callback, void *user_data,
                                           apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_get_tenant_full_preference(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_tenant_full_preference_params {
    /**
     * unique identifier of the tenant you want to get preferences for
     * Required.
     */
    char *tenant_id;
    /**
     * Locale code (e.g., `es`, `fr`, `de`, `ja`, `es-AR`) to fetch preference translations in user's
     * locale. When provided, the API looks for category and section names and descriptions in the
     * respective locale file.
     * If a translation is missing for the requested locale, the system automatically falls back in
     * this order: `locale-region` (e.g., `es-AR`) → `locale` (e.g., `es`) → `en` (English - always
     * available).
     * Example: `"es"`.
     */
    char *locale;
} suprsend_get_tenant_full_preference_params;

/**
 * Get Tenant Full Preference
 *
 * API to fetch tenant preferences across all categories with translated names and descriptions.
 *
 * `GET /v1/tenant/{tenant_id}/preference/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: tenant_id
 * @param out receives the result on success (suprsend_get_tenant_full_preference_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_tenant_full_preference(suprsend_client *client,
                                                    const suprsend_get_tenant_full_preference_params *params,
                                                    suprsend_get_tenant_full_preference_response **out,
                                                    suprsend_error *err);
/** Descriptor of suprsend_get_tenant_full_preference(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_tenant_full_preference_op;

/**
 * Completion of suprsend_get_tenant_full_preference_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_get_tenant_full_preference_async()
 * @param rc 0, or what suprsend_get_tenant_full_preference() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_get_tenant_full_preference()'s out would receive, owned
 * by the callback (suprsend_get_tenant_full_preference_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_get_tenant_full_preference() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_get_tenant_full_preference_callback)(void *user_data, int rc,
                                                             suprsend_get_tenant_full_preference_response *result,
                                                             suprsend_error *err);

/**
 * Get Tenant Full Preference
 *
 * Asynchronous form of suprsend_get_tenant_full_preference(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_get_tenant_full_preference() would return; the result is the callback's to free.
 *
 * `GET /v1/tenant/{tenant_id}/preference/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_tenant_full_preference(); read before this returns
 * @param callback called with the outcome (see suprsend_get_tenant_full_preference_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_get_tenant_full_preference() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_get_tenant_full_preference()
 */
APIC_EXPORT int suprsend_get_tenant_full_preference_async(suprsend_client *client,
                                                          const suprsend_get_tenant_full_preference_params *params,
                                                          suprsend_get_tenant_full_preference_callback callback,
                                                          void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_get_tenant_preference_all_categories(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_tenant_preference_all_categories_params {
    /**
     * unique identifier of the tenant you want to get preferences for
     * Required.
     */
    char *tenant_id;
    /**
     * Locale code (e.g., `es`, `fr`, `de`, `ja`, `es-AR`) to fetch preference translations in user's
     * locale. When provided, the API looks for category and section names and descriptions in the
     * respective locale file.
     * If a translation is missing for the requested locale, the system automatically falls back in
     * this order: `locale-region` (e.g., `es-AR`) → `locale` (e.g., `es`) → `en` (English - always
     * available).
     * Example: `"es"`.
     */
    char *locale;
    bool has_limit; /**< true when limit is set */
    /** Number of results to return per page */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Number of results to skip */
    int64_t offset;
} suprsend_get_tenant_preference_all_categories_params;

/**
 * Get Tenant Preference All Categories
 *
 * API to get tenant preferences for all categories with translated names and descriptions.
 *
 * Paginated ('offset' advanced by the items received, up to 'meta.count'): the `_iter_new()`,
 * `_iter_next()` and `_iter_free()` functions beside this one go through every item, asking for
 * pages as they are needed.
 *
 * `GET /v1/tenant/{tenant_id}/preference/category/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: tenant_id
 * @param out receives the result on success (suprsend_get_tenant_preference_all_categories_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_tenant_preference_all_categories(suprsend_client *client,
                                                              const suprsend_get_tenant_preference_all_categories_params *params,
                                                              suprsend_get_tenant_preference_all_categories_response **out,
                                                              suprsend_error *err);
/** Descriptor of suprsend_get_tenant_preference_all_categories(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_tenant_preference_all_categories_op;

/**
 * Completion of suprsend_get_tenant_preference_all_categories_async(): called exactly once, later,
 * on the loop thread (apic/async.h).
 * @param user_data as given to suprsend_get_tenant_preference_all_categories_async()
 * @param rc 0, or what suprsend_get_tenant_preference_all_categories() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what suprsend_get_tenant_preference_all_categories()'s out would
 * receive, owned by the callback (suprsend_get_tenant_preference_all_categories_response_free()
 * it); NULL otherwise
 * @param err the call's error, as suprsend_get_tenant_preference_all_categories() fills it; valid
 * until the callback returns
 */
typedef void (*suprsend_get_tenant_preference_all_categories_callback)(void *user_data, int rc,
                                                                       suprsend_get_tenant_preference_all_categories_response *result,
                                                                       suprsend_error *err);

/**
 * Get Tenant Preference All Categories
 *
 * Asynchronous form of suprsend_get_tenant_preference_all_categories(): returns at once; callback
 * is called exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_get_tenant_preference_all_categories() would return; the result is the callback's to
 * free.
 *
 * `GET /v1/tenant/{tenant_id}/preference/category/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_tenant_preference_all_categories(); read before
 * this returns
 * @param callback called with the outcome (see
 * suprsend_get_tenant_preference_all_categories_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * suprsend_get_tenant_preference_all_categories() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see suprsend_get_tenant_preference_all_categories()
 */
APIC_EXPORT int suprsend_get_tenant_preference_all_categories_async(suprsend_client *client,
                                                                    const suprsend_get_tenant_preference_all_categories_params *params,
                                                                    suprsend_get_tenant_preference_all_categories_callback callback,
                                                                    void *user_data, apic_async_call **call,
                                                                    suprsend_error *err);

/** Iteration over every item of suprsend_get_tenant_preference_all_categories(), page after page (apic/pager.h). */
typedef struct apic_pager suprsend_get_tenant_preference_all_categories_iter;
/**
 * Starts iterating: nothing is sent before the first suprsend_get_tenant_preference_all_categories_iter_next(). params is copied
 * shallowly: what it points to must stay valid until suprsend_get_tenant_preference_all_categories_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int suprsend_get_tenant_preference_all_categories_iter_new(suprsend_client *client,
                                                                       const suprsend_get_tenant_preference_all_categories_params *params,
                                                                       suprsend_get_tenant_preference_all_categories_iter **out,
                                                                       suprsend_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or suprsend_get_tenant_preference_all_categories_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int suprsend_get_tenant_preference_all_categories_iter_next(suprsend_get_tenant_preference_all_categories_iter *it,
                                                                        const suprsend_get_tenant_preference_all_categories_response_results_item **item,
                                                                        suprsend_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void suprsend_get_tenant_preference_all_categories_iter_free(suprsend_get_tenant_preference_all_categories_iter *it);

/** Parameters of suprsend_get_tenant_preference_single_category(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_tenant_preference_single_category_params {
    /**
     * unique identifier of the tenant you want to get preferences for
     * Required.
     */
    char *tenant_id;
    /**
     * notification category slug. You can get this from Notification Categories page on SuprSend
     * dashboard -\> Settings page
     * Required.
     */
    char *category;
    /**
     * Locale code (e.g., `es`, `fr`, `de`, `ja`, `es-AR`) to fetch preference translations in user's
     * locale. When provided, the API looks for category and section names and descriptions in the
     * respective locale file.
     * If a translation is missing for the requested locale, the system automatically falls back in
     * this order: `locale-region` (e.g., `es-AR`) → `locale` (e.g., `es`) → `en` (English - always
     * available).
     * Example: `"es"`.
     */
    char *locale;
} suprsend_get_tenant_preference_single_category_params;

/**
 * Get Tenant Preference Single Category
 *
 * API to get tenant preference for a specific category.
 *
 * `GET /v1/tenant/{tenant_id}/preference/category/{category}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: tenant_id, category
 * @param out receives the result on success (suprsend_get_tenant_preference_single_category_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_tenant_preference_single_category(suprsend_client *client,
                                                               const suprsend_get_tenant_preference_single_category_params *params,
                                                               suprsend_get_tenant_preference_single_category_response **out,
                                                               suprsend_error *err);
/** Descriptor of suprsend_get_tenant_preference_single_category(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_tenant_preference_single_category_op;

/**
 * Completion of suprsend_get_tenant_preference_single_category_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to suprsend_get_tenant_preference_single_category_async()
 * @param rc 0, or what suprsend_get_tenant_preference_single_category() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what suprsend_get_tenant_preference_single_category()'s out would
 * receive, owned by the callback (suprsend_get_tenant_preference_single_category_response_free()
 * it); NULL otherwise
 * @param err the call's error, as suprsend_get_tenant_preference_single_category() fills it; valid
 * until the callback returns
 */
typedef void (*suprsend_get_tenant_preference_single_category_callback)(void *user_data, int rc,
                                                                        suprsend_get_tenant_preference_single_category_response *result,
                                                                        suprsend_error *err);

/**
 * Get Tenant Preference Single Category
 *
 * Asynchronous form of suprsend_get_tenant_preference_single_category(): returns at once; callback
 * is called exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_get_tenant_preference_single_category() would return; the result is the callback's to
 * free.
 *
 * `GET /v1/tenant/{tenant_id}/preference/category/{category}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_tenant_preference_single_category(); read before
 * this returns
 * @param callback called with the outcome (see
 * suprsend_get_tenant_preference_single_category_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * suprsend_get_tenant_preference_single_category() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see suprsend_get_tenant_preference_single_category()
 */
APIC_EXPORT int suprsend_get_tenant_preference_single_category_async(suprsend_client *client,
                                                                     const suprsend_get_tenant_preference_single_category_params *params,
                                                                     suprsend_get_tenant_preference_single_category_callback callback,
                                                                     void *user_data, apic_async_call **call,
                                                                     suprsend_error *err);

/** Parameters of suprsend_update_tenant_preference_single_category(). Zero-initialise, then set what you need. */
typedef struct suprsend_update_tenant_preference_single_category_params {
    /**
     * unique identifier of the tenant you want to update preferences for
     * Required.
     */
    char *tenant_id;
    /**
     * notification category slug. You can get this from Notification Categories page on SuprSend
     * dashboard -\> Settings page
     * Required.
     */
    char *category;
} suprsend_update_tenant_preference_single_category_params;

/**
 * Update Tenant Preference Single Category
 *
 * API to update tenant preference for a specific category.
 *
 * `PATCH /v1/tenant/{tenant_id}/preference/category/{category}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: tenant_id, category
 * @param body request body: suprsend_update_tenant_preference_single_category_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_update_tenant_preference_single_category_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_update_tenant_preference_single_category(suprsend_client *client,
                                                                  const suprsend_update_tenant_preference_single_category_params *params,
                                                                  const suprsend_update_tenant_preference_single_category_request *body,
                                                                  suprsend_update_tenant_preference_single_category_response **out,
                                                                  suprsend_error *err);
/** Descriptor of suprsend_update_tenant_preference_single_category(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_update_tenant_preference_single_category_op;

/**
 * Completion of suprsend_update_tenant_preference_single_category_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to suprsend_update_tenant_preference_single_category_async()
 * @param rc 0, or what suprsend_update_tenant_preference_single_category() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what suprsend_update_tenant_preference_single_category()'s out would
 * receive, owned by the callback
 * (suprsend_update_tenant_preference_single_category_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_update_tenant_preference_single_category() fills it;
 * valid until the callback returns
 */
typedef void (*suprsend_update_tenant_preference_single_category_callback)(void *user_data, int rc,
                                                                           suprsend_update_tenant_preference_single_category_response *result,
                                                                           suprsend_error *err);

/**
 * Update Tenant Preference Single Category
 *
 * Asynchronous form of suprsend_update_tenant_preference_single_category(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_update_tenant_preference_single_category() would return; the result is the callback's
 * to free.
 *
 * `PATCH /v1/tenant/{tenant_id}/preference/category/{category}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_update_tenant_preference_single_category(); read
 * before this returns
 * @param body request body, as for suprsend_update_tenant_preference_single_category(); read
 * before this returns
 * @param callback called with the outcome (see
 * suprsend_update_tenant_preference_single_category_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * suprsend_update_tenant_preference_single_category() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see suprsend_update_tenant_preference_single_category()
 */
APIC_EXPORT int suprsend_update_tenant_preference_single_category_async(suprsend_client *client,
                                                                        const suprsend_update_tenant_preference_single_category_params *params,
                                                                        const suprsend_update_tenant_preference_single_category_request *body,
                                                                        suprsend_update_tenant_preference_single_category_callback callback,
                                                                        void *user_data, apic_async_call **call,
                                                                        suprsend_error *err);

/** Parameters of suprsend_get_tenant_default_preference(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_tenant_default_preference_params {
    /**
     * unique identifier of the tenant you want to get default preferences for
     * Required.
     */
    char *tenant_id;
    /**
     * Locale code (e.g., `es`, `fr`, `de`, `ja`, `es-AR`) to fetch preference translations in user's
     * locale. When provided, the API looks for category and section names and descriptions in the
     * respective locale file.
     * If a translation is missing for the requested locale, the system automatically falls back in
     * this order: `locale-region` (e.g., `es-AR`) → `locale` (e.g., `es`) → `en` (English - always
     * available).
     * Example: `"es"`.
     */
    char *locale;
} suprsend_get_tenant_default_preference_params;

/**
 * Get Tenant Default Preference
 *
 * API to get default tenant preference for all categories.
 *
 * `GET /v1/tenant/{tenant_id}/category/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: tenant_id
 * @param out receives the result on success (suprsend_get_tenant_default_preference_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_tenant_default_preference(suprsend_client *client,
                                                       const suprsend_get_tenant_default_preference_params *params,
                                                       suprsend_get_tenant_default_preference_response **out,
                                                       suprsend_error *err);
/** Descriptor of suprsend_get_tenant_default_preference(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_tenant_default_preference_op;

/**
 * Completion of suprsend_get_tenant_default_preference_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_get_tenant_default_preference_async()
 * @param rc 0, or what suprsend_get_tenant_default_preference() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_get_tenant_default_preference()'s out would receive,
 * owned by the callback (suprsend_get_tenant_default_preference_response_free() it); NULL
 * otherwise
 * @param err the call's error, as suprsend_get_tenant_default_preference() fills it; valid until
 * the callback returns
 */
typedef void (*suprsend_get_tenant_default_preference_callback)(void *user_data, int rc,
                                                                suprsend_get_tenant_default_preference_response *result,
                                                                suprsend_error *err);

/**
 * Get Tenant Default Preference
 *
 * Asynchronous form of suprsend_get_tenant_default_preference(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_get_tenant_default_preference() would return; the result is the callback's to free.
 *
 * `GET /v1/tenant/{tenant_id}/category/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_tenant_default_preference(); read before this
 * returns
 * @param callback called with the outcome (see suprsend_get_tenant_default_preference_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_get_tenant_default_preference()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_get_tenant_default_preference()
 */
APIC_EXPORT int suprsend_get_tenant_default_preference_async(suprsend_client *client,
                                                             const suprsend_get_tenant_default_preference_params *params,
                                                             suprsend_get_tenant_default_preference_callback callback,
                                                             void *user_data, apic_async_call **call,
                                                             suprsend_error *err);

/** Parameters of suprsend_add_subscribers_to_draft_list(). Zero-initialise, then set what you need. */
typedef struct suprsend_add_subscribers_to_draft_list_params {
    /**
     * Unique string identifier of the list to which user needs to be updated
     * Required.
     */
    char *list_id;
    /**
     * Unique string identifier of the draft version of the list to which user needs to be updated
     * Required.
     */
    char *version_id;
} suprsend_add_subscribers_to_draft_list_params;

/**
 * Add Users to Draft List
 *
 * API to add users in the draft list by passing its `version_id` returned in Start Sync API
 * response.
 *
 * `POST /v1/subscriber_list/{list_id}/version/{version_id}/subscriber/add/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: list_id, version_id
 * @param body request body: suprsend_add_subscribers_to_draft_list_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_add_subscribers_to_draft_list_response_free() it), NULL otherwise; may be NULL to discard. 201
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_add_subscribers_to_draft_list(suprsend_client *client,
                                                       const suprsend_add_subscribers_to_draft_list_params *params,
                                                       const suprsend_add_subscribers_to_draft_list_request *body,
                                                       suprsend_add_subscribers_to_draft_list_response **out,
                                                       suprsend_error *err);
/** Descriptor of suprsend_add_subscribers_to_draft_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_add_subscribers_to_draft_list_op;

/**
 * Completion of suprsend_add_subscribers_to_draft_list_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_add_subscribers_to_draft_list_async()
 * @param rc 0, or what suprsend_add_subscribers_to_draft_list() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_add_subscribers_to_draft_list()'s out would receive,
 * owned by the callback (suprsend_add_subscribers_to_draft_list_response_free() it); NULL
 * otherwise
 * @param err the call's error, as suprsend_add_subscribers_to_draft_list() fills it; valid until
 * the callback returns
 */
typedef void (*suprsend_add_subscribers_to_draft_list_callback)(void *user_data, int rc,
                                                                suprsend_add_subscribers_to_draft_list_response *result,
                                                                suprsend_error *err);

/**
 * Add Users to Draft List
 *
 * Asynchronous form of suprsend_add_subscribers_to_draft_list(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_add_subscribers_to_draft_list() would return; the result is the callback's to free.
 *
 * `POST /v1/subscriber_list/{list_id}/version/{version_id}/subscriber/add/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_add_subscribers_to_draft_list(); read before this
 * returns
 * @param body request body, as for suprsend_add_subscribers_to_draft_list(); read before this
 * returns
 * @param callback called with the outcome (see suprsend_add_subscribers_to_draft_list_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_add_subscribers_to_draft_list()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_add_subscribers_to_draft_list()
 */
APIC_EXPORT int suprsend_add_subscribers_to_draft_list_async(suprsend_client *client,
                                                             const suprsend_add_subscribers_to_draft_list_params *params,
                                                             const suprsend_add_subscribers_to_draft_list_request *body,
                                                             suprsend_add_subscribers_to_draft_list_callback callback,
                                                             void *user_data, apic_async_call **call,
                                                             suprsend_error *err);

/** Parameters of suprsend_delete_draft_list(). Zero-initialise, then set what you need. */
typedef struct suprsend_delete_draft_list_params {
    /**
     * Unique string identifier of the list which you want to delete
     * Required.
     */
    char *list_id;
    /**
     * Unique identifier of the draft version of the list which needs to be deleted
     * Required.
     */
    char *version_id;
} suprsend_delete_draft_list_params;

/**
 * Delete Draft List
 *
 * API to delete draft version of the list. Use this to discard test or interim versions before
 * publishing the final list.
 *
 * `PATCH /v1/subscriber_list/{list_id}/version/{version_id}/delete/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: list_id, version_id
 * @param out receives the result on success (suprsend_json_map_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_delete_draft_list(suprsend_client *client, const suprsend_delete_draft_list_params *params,
                                           apic_json_map **out, suprsend_error *err);
/** Descriptor of suprsend_delete_draft_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_delete_draft_list_op;

/**
 * Completion of suprsend_delete_draft_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_delete_draft_list_async()
 * @param rc 0, or what suprsend_delete_draft_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_delete_draft_list()'s out would receive, owned by the
 * callback (suprsend_json_map_free() it); NULL otherwise
 * @param err the call's error, as suprsend_delete_draft_list() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_delete_draft_list_callback)(void *user_data, int rc, apic_json_map *result,
                                                    suprsend_error *err);

/**
 * Delete Draft List
 *
 * Asynchronous form of suprsend_delete_draft_list(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_delete_draft_list() would
 * return; the result is the callback's to free.
 *
 * `PATCH /v1/subscriber_list/{list_id}/version/{version_id}/delete/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_delete_draft_list(); read before this returns
 * @param callback called with the outcome (see suprsend_delete_draft_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_delete_draft_list() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_delete_draft_list()
 */
APIC_EXPORT int suprsend_delete_draft_list_async(suprsend_client *client,
                                                 const suprsend_delete_draft_list_params *params,
                                                 suprsend_delete_draft_list_callback callback, void *user_data,
                                                 apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_fetch_template_details(). Zero-initialise, then set what you need. */
typedef struct suprsend_fetch_template_details_params {
    /**
     * Template group slug you want to fetch content details. You'll get the template slug by clicking
     * on copy button next to template group name on SuprSend dashboard -\> template details page.
     * Required.
     */
    char *template_slug;
} suprsend_fetch_template_details_params;

/**
 * Fetch Template details
 *
 * API to fetch content of a template group (active & draft versions) across all associated
 * channels and languages.
 *
 * `GET /v1/template/{template_slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: template_slug
 * @param out receives the result on success (suprsend_fetch_template_details_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_fetch_template_details(suprsend_client *client,
                                                const suprsend_fetch_template_details_params *params,
                                                suprsend_fetch_template_details_response **out, suprsend_error *err);
/** Descriptor of suprsend_fetch_template_details(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_fetch_template_details_op;

/**
 * Completion of suprsend_fetch_template_details_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_fetch_template_details_async()
 * @param rc 0, or what suprsend_fetch_template_details() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_fetch_template_details()'s out would receive, owned by
 * the callback (suprsend_fetch_template_details_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_fetch_template_details() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_fetch_template_details_callback)(void *user_data, int rc,
                                                         suprsend_fetch_template_details_response *result,
                                                         suprsend_error *err);

/**
 * Fetch Template details
 *
 * Asynchronous form of suprsend_fetch_template_details(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_fetch_template_details() would return; the result is the callback's to free.
 *
 * `GET /v1/template/{template_slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_fetch_template_details(); read before this returns
 * @param callback called with the outcome (see suprsend_fetch_template_details_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_fetch_template_details() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_fetch_template_details()
 */
APIC_EXPORT int suprsend_fetch_template_details_async(suprsend_client *client,
                                                      const suprsend_fetch_template_details_params *params,
                                                      suprsend_fetch_template_details_callback callback,
                                                      void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_finish_sync(). Zero-initialise, then set what you need. */
typedef struct suprsend_finish_sync_params {
    /**
     * Unique string identifier of the list
     * Required.
     */
    char *list_id;
    /**
     * Unique string identifier of the draft version of the list which needs to be made active(live)
     * Required.
     */
    char *version_id;
} suprsend_finish_sync_params;

/**
 * Finish Sync
 *
 * API to finish sync and make the draft list version live.
 *
 * `PATCH /v1/subscriber_list/{list_id}/version/{version_id}/finish_sync/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: list_id, version_id
 * @param out receives the result on success (suprsend_finish_sync_response_free() it), NULL otherwise; may be NULL to discard. 201
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_finish_sync(suprsend_client *client, const suprsend_finish_sync_params *params,
                                     suprsend_finish_sync_response **out, suprsend_error *err);
/** Descriptor of suprsend_finish_sync(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_finish_sync_op;

/**
 * Completion of suprsend_finish_sync_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_finish_sync_async()
 * @param rc 0, or what suprsend_finish_sync() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_finish_sync()'s out would receive, owned by the callback
 * (suprsend_finish_sync_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_finish_sync() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_finish_sync_callback)(void *user_data, int rc, suprsend_finish_sync_response *result,
                                              suprsend_error *err);

/**
 * Finish Sync
 *
 * Asynchronous form of suprsend_finish_sync(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_finish_sync() would return; the
 * result is the callback's to free.
 *
 * `PATCH /v1/subscriber_list/{list_id}/version/{version_id}/finish_sync/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_finish_sync(); read before this returns
 * @param callback called with the outcome (see suprsend_finish_sync_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_finish_sync() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_finish_sync()
 */
APIC_EXPORT int suprsend_finish_sync_async(suprsend_client *client, const suprsend_finish_sync_params *params,
                                           suprsend_finish_sync_callback callback, void *user_data,
                                           apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_remove_subscribers_from_draft_list(). Zero-initialise, then set what you need. */
typedef struct suprsend_remove_subscribers_from_draft_list_params {
    /**
     * Unique string identifier of the list to which user needs to be updated
     * Required.
     */
    char *list_id;
    /**
     * Unique string identifier of the draft version of the list to which user needs to be updated
     * Required.
     */
    char *version_id;
} suprsend_remove_subscribers_from_draft_list_params;

/**
 * Remove Subscribers from Draft List
 *
 * API to remove users from the draft list by passing its `version_id` returned in Start Sync API
 * response.
 *
 * `POST /v1/subscriber_list/{list_id}/version/{version_id}/subscriber/remove/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: list_id, version_id
 * @param body request body: suprsend_remove_subscribers_from_draft_list_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_remove_subscribers_from_draft_list_response_free() it), NULL otherwise; may be NULL to discard. 201
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_remove_subscribers_from_draft_list(suprsend_client *client,
                                                            const suprsend_remove_subscribers_from_draft_list_params *params,
                                                            const suprsend_remove_subscribers_from_draft_list_request *body,
                                                            suprsend_remove_subscribers_from_draft_list_response **out,
                                                            suprsend_error *err);
/** Descriptor of suprsend_remove_subscribers_from_draft_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_remove_subscribers_from_draft_list_op;

/**
 * Completion of suprsend_remove_subscribers_from_draft_list_async(): called exactly once, later,
 * on the loop thread (apic/async.h).
 * @param user_data as given to suprsend_remove_subscribers_from_draft_list_async()
 * @param rc 0, or what suprsend_remove_subscribers_from_draft_list() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what suprsend_remove_subscribers_from_draft_list()'s out would receive,
 * owned by the callback (suprsend_remove_subscribers_from_draft_list_response_free() it); NULL
 * otherwise
 * @param err the call's error, as suprsend_remove_subscribers_from_draft_list() fills it; valid
 * until the callback returns
 */
typedef void (*suprsend_remove_subscribers_from_draft_list_callback)(void *user_data, int rc,
                                                                     suprsend_remove_subscribers_from_draft_list_response *result,
                                                                     suprsend_error *err);

/**
 * Remove Subscribers from Draft List
 *
 * Asynchronous form of suprsend_remove_subscribers_from_draft_list(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_remove_subscribers_from_draft_list() would return; the result is the callback's to
 * free.
 *
 * `POST /v1/subscriber_list/{list_id}/version/{version_id}/subscriber/remove/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_remove_subscribers_from_draft_list(); read before this
 * returns
 * @param body request body, as for suprsend_remove_subscribers_from_draft_list(); read before this
 * returns
 * @param callback called with the outcome (see
 * suprsend_remove_subscribers_from_draft_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_remove_subscribers_from_draft_list()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_remove_subscribers_from_draft_list()
 */
APIC_EXPORT int suprsend_remove_subscribers_from_draft_list_async(suprsend_client *client,
                                                                  const suprsend_remove_subscribers_from_draft_list_params *params,
                                                                  const suprsend_remove_subscribers_from_draft_list_request *body,
                                                                  suprsend_remove_subscribers_from_draft_list_callback callback,
                                                                  void *user_data, apic_async_call **call,
                                                                  suprsend_error *err);

/** Parameters of suprsend_start_sync(). Zero-initialise, then set what you need. */
typedef struct suprsend_start_sync_params {
    /**
     * Unique identifier of the list on which the sync needs to start to create a draft version
     * Required.
     */
    char *list_id;
} suprsend_start_sync_params;

/**
 * Start Sync
 *
 * Creates an empty draft version of the list where you can update users to be replaced without
 * affecting the live version.
 *
 * `POST /v1/subscriber_list/{list_id}/start_sync/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: list_id
 * @param out receives the result on success (suprsend_start_sync_response_free() it), NULL otherwise; may be NULL to discard. 201
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_start_sync(suprsend_client *client, const suprsend_start_sync_params *params,
                                    suprsend_start_sync_response **out, suprsend_error *err);
/** Descriptor of suprsend_start_sync(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_start_sync_op;

/**
 * Completion of suprsend_start_sync_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_start_sync_async()
 * @param rc 0, or what suprsend_start_sync() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_start_sync()'s out would receive, owned by the callback
 * (suprsend_start_sync_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_start_sync() fills it; valid until the callback returns
 */
typedef void (*suprsend_start_sync_callback)(void *user_data, int rc, suprsend_start_sync_response *result,
                                             suprsend_error *err);

/**
 * Start Sync
 *
 * Asynchronous form of suprsend_start_sync(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_start_sync() would return; the
 * result is the callback's to free.
 *
 * `POST /v1/subscriber_list/{list_id}/start_sync/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_start_sync(); read before this returns
 * @param callback called with the outcome (see suprsend_start_sync_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_start_sync() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_start_sync()
 */
APIC_EXPORT int suprsend_start_sync_async(suprsend_client *client, const suprsend_start_sync_params *params,
                                          suprsend_start_sync_callback callback, void *user_data,
                                          apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_fetch_template_details_channel(). Zero-initialise, then set what you need. */
typedef struct suprsend_fetch_template_details_channel_params {
    /**
     * Template group slug you want to fetch content details. You'll get the template slug by clicking
     * on copy button next to template group name on SuprSend dashboard -\> template details page.
     * Required.
     */
    char *template_slug;
    /**
     * add one of the template channels  - `email`, `sms`, `whatsapp`, `inbox`, `slack`, `androidpush`,
     * `iospush`, `webpush`
     * Required.
     */
    char *channel_slug;
} suprsend_fetch_template_details_channel_params;

/**
 * Fetch Template content for a channel
 *
 * API to fetch content of a particular channel in a template group (live & draft versions).
 *
 * `GET /v1/template/{template_slug}/channel/{channel_slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: template_slug, channel_slug
 * @param out receives the result on success (suprsend_fetch_template_details_channel_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_fetch_template_details_channel(suprsend_client *client,
                                                        const suprsend_fetch_template_details_channel_params *params,
                                                        suprsend_fetch_template_details_channel_response **out,
                                                        suprsend_error *err);
/** Descriptor of suprsend_fetch_template_details_channel(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_fetch_template_details_channel_op;

/**
 * Completion of suprsend_fetch_template_details_channel_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to suprsend_fetch_template_details_channel_async()
 * @param rc 0, or what suprsend_fetch_template_details_channel() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_fetch_template_details_channel()'s out would receive,
 * owned by the callback (suprsend_fetch_template_details_channel_response_free() it); NULL
 * otherwise
 * @param err the call's error, as suprsend_fetch_template_details_channel() fills it; valid until
 * the callback returns
 */
typedef void (*suprsend_fetch_template_details_channel_callback)(void *user_data, int rc,
                                                                 suprsend_fetch_template_details_channel_response *result,
                                                                 suprsend_error *err);

/**
 * Fetch Template content for a channel
 *
 * Asynchronous form of suprsend_fetch_template_details_channel(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_fetch_template_details_channel() would return; the result is the callback's to free.
 *
 * `GET /v1/template/{template_slug}/channel/{channel_slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_fetch_template_details_channel(); read before this
 * returns
 * @param callback called with the outcome (see suprsend_fetch_template_details_channel_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_fetch_template_details_channel()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_fetch_template_details_channel()
 */
APIC_EXPORT int suprsend_fetch_template_details_channel_async(suprsend_client *client,
                                                              const suprsend_fetch_template_details_channel_params *params,
                                                              suprsend_fetch_template_details_channel_callback callback,
                                                              void *user_data, apic_async_call **call,
                                                              suprsend_error *err);

/** Parameters of suprsend_fetch_template_list(). Zero-initialise, then set what you need. */
typedef struct suprsend_fetch_template_list_params {
    /** comma separated string of tag ids attached to the template */
    char *has_tag_ids_any;
    /**
     * comma separated string of channels. Returns templates which has any of the channels present from
     * the channel string. Use these keys for channels - `email`, `sms`, `whatsapp`, `inbox`, `slack`,
     * `androidpush`, `iospush`, `webpush`
     */
    char *has_channels_any;
    bool has_is_active; /**< true when is_active is set */
    /**
     * Set `true` for published templates, `false` for templates which are in draft. Do not pass this
     * key to return all templates.
     */
    bool is_active;
    bool has_is_archived; /**< true when is_archived is set */
    /** Set `true` to get archived templates, default = `false` */
    bool is_archived;
} suprsend_fetch_template_list_params;

/**
 * Fetch Template List
 *
 * API to fetch paginated list of all templates in a given workspace.
 *
 * `GET /v1/template/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (suprsend_fetch_template_list_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_fetch_template_list(suprsend_client *client, const suprsend_fetch_template_list_params *params,
                                             suprsend_fetch_template_list_response **out, suprsend_error *err);
/** Descriptor of suprsend_fetch_template_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_fetch_template_list_op;

/**
 * Completion of suprsend_fetch_template_list_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_fetch_template_list_async()
 * @param rc 0, or what suprsend_fetch_template_list() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_fetch_template_list()'s out would receive, owned by the
 * callback (suprsend_fetch_template_list_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_fetch_template_list() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_fetch_template_list_callback)(void *user_data, int rc,
                                                      suprsend_fetch_template_list_response *result,
                                                      suprsend_error *err);

/**
 * Fetch Template List
 *
 * Asynchronous form of suprsend_fetch_template_list(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_fetch_template_list() would
 * return; the result is the callback's to free.
 *
 * `GET /v1/template/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_fetch_template_list(); read before this returns
 * @param callback called with the outcome (see suprsend_fetch_template_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_fetch_template_list() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_fetch_template_list()
 */
APIC_EXPORT int suprsend_fetch_template_list_async(suprsend_client *client,
                                                   const suprsend_fetch_template_list_params *params,
                                                   suprsend_fetch_template_list_callback callback, void *user_data,
                                                   apic_async_call **call, suprsend_error *err);

/**
 * Trigger Workflow (single or bulk)
 *
 * API to trigger multi-step workflow to one or more users/objects by passing workflow slug, via
 * `POST /trigger/`.
 *
 * Send a single JSON **object** to trigger one workflow, or an array of objects to trigger
 * multiple workflows in one call.
 *
 * `POST /trigger/`
 *
 * @param client a client from suprsend_client_new()
 * @param body request body: suprsend_trigger_workflow_api_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_trigger_workflow_api_response_free() it), NULL otherwise; may be NULL to discard. 202 - Accepted (returned for single workflow trigger requests).
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 * @note a 207 answer is not decoded (its type differs from the first success response's): it returns 0 with *out NULL and the body in err->body
 */
APIC_EXPORT int suprsend_trigger_workflow_api(suprsend_client *client,
                                              const suprsend_trigger_workflow_api_request *body,
                                              suprsend_trigger_workflow_api_response **out, suprsend_error *err);
/** Descriptor of suprsend_trigger_workflow_api(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_trigger_workflow_api_op;

/**
 * Completion of suprsend_trigger_workflow_api_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_trigger_workflow_api_async()
 * @param rc 0, or what suprsend_trigger_workflow_api() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_trigger_workflow_api()'s out would receive, owned by the
 * callback (suprsend_trigger_workflow_api_response_free() it); NULL otherwise (and for a 207
 * answer, not decoded: its body is in err->body)
 * @param err the call's error, as suprsend_trigger_workflow_api() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_trigger_workflow_api_callback)(void *user_data, int rc,
                                                       suprsend_trigger_workflow_api_response *result,
                                                       suprsend_error *err);

/**
 * Trigger Workflow (single or bulk)
 *
 * Asynchronous form of suprsend_trigger_workflow_api(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what suprsend_trigger_workflow_api()
 * would return; the result is the callback's to free.
 *
 * `POST /trigger/`
 *
 * @param client a client from suprsend_client_new()
 * @param body request body, as for suprsend_trigger_workflow_api(); read before this returns
 * @param callback called with the outcome (see suprsend_trigger_workflow_api_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_trigger_workflow_api() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_trigger_workflow_api()
 */
APIC_EXPORT int suprsend_trigger_workflow_api_async(suprsend_client *client,
                                                    const suprsend_trigger_workflow_api_request *body,
                                                    suprsend_trigger_workflow_api_callback callback, void *user_data,
                                                    apic_async_call **call, suprsend_error *err);

/**
 * Cancel Workflow
 *
 * API to cancel a running workflow execution. You can cancel a workflow by passing any combination
 * of filters in the request body. When multiple parameters are provided, they are **ANDed**
 * together to narrow down the matching workflow runs.
 *
 * For example, passing both `workflow_slug` and `recipients` will cancel only the workflow runs
 * that match both the given slug and recipients.
 *
 * `POST /v1/workflow_run/cancel/`
 *
 * @param client a client from suprsend_client_new()
 * @param body request body: suprsend_cancel_workflow_request, sent as JSON; required
 * @param out receives the result on success (suprsend_cancel_workflow_response_free() it), NULL otherwise; may be NULL to discard. 200 - OK
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_cancel_workflow(suprsend_client *client, const suprsend_cancel_workflow_request *body,
                                         suprsend_cancel_workflow_response **out, suprsend_error *err);
/** Descriptor of suprsend_cancel_workflow(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_cancel_workflow_op;

/**
 * Completion of suprsend_cancel_workflow_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_cancel_workflow_async()
 * @param rc 0, or what suprsend_cancel_workflow() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_cancel_workflow()'s out would receive, owned by the
 * callback (suprsend_cancel_workflow_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_cancel_workflow() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_cancel_workflow_callback)(void *user_data, int rc, suprsend_cancel_workflow_response *result,
                                                  suprsend_error *err);

/**
 * Cancel Workflow
 *
 * Asynchronous form of suprsend_cancel_workflow(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_cancel_workflow() would
 * return; the result is the callback's to free.
 *
 * `POST /v1/workflow_run/cancel/`
 *
 * @param client a client from suprsend_client_new()
 * @param body request body, as for suprsend_cancel_workflow(); read before this returns
 * @param callback called with the outcome (see suprsend_cancel_workflow_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_cancel_workflow() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_cancel_workflow()
 */
APIC_EXPORT int suprsend_cancel_workflow_async(suprsend_client *client, const suprsend_cancel_workflow_request *body,
                                               suprsend_cancel_workflow_callback callback, void *user_data,
                                               apic_async_call **call, suprsend_error *err);

/**
 * Cancel Broadcast
 *
 * API to cancel a running broadcast execution. You can cancel a broadcast by passing any
 * combination of filters in the request body. When multiple parameters are provided, they are
 * **ANDed** together to narrow down the matching broadcast runs.
 *
 * For example, passing both `list_id` and `idempotency_key` will cancel only the broadcast runs
 * that match both the given list and idempotency key.
 *
 * `POST /v1/broadcast_run/cancel/`
 *
 * @param client a client from suprsend_client_new()
 * @param body request body: suprsend_cancel_broadcast_request, sent as JSON; required
 * @param out receives the result on success (suprsend_cancel_broadcast_response_free() it), NULL otherwise; may be NULL to discard. 200 - OK
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_cancel_broadcast(suprsend_client *client, const suprsend_cancel_broadcast_request *body,
                                          suprsend_cancel_broadcast_response **out, suprsend_error *err);
/** Descriptor of suprsend_cancel_broadcast(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_cancel_broadcast_op;

/**
 * Completion of suprsend_cancel_broadcast_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_cancel_broadcast_async()
 * @param rc 0, or what suprsend_cancel_broadcast() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_cancel_broadcast()'s out would receive, owned by the
 * callback (suprsend_cancel_broadcast_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_cancel_broadcast() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_cancel_broadcast_callback)(void *user_data, int rc, suprsend_cancel_broadcast_response *result,
                                                   suprsend_error *err);

/**
 * Cancel Broadcast
 *
 * Asynchronous form of suprsend_cancel_broadcast(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_cancel_broadcast() would
 * return; the result is the callback's to free.
 *
 * `POST /v1/broadcast_run/cancel/`
 *
 * @param client a client from suprsend_client_new()
 * @param body request body, as for suprsend_cancel_broadcast(); read before this returns
 * @param callback called with the outcome (see suprsend_cancel_broadcast_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_cancel_broadcast() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_cancel_broadcast()
 */
APIC_EXPORT int suprsend_cancel_broadcast_async(suprsend_client *client, const suprsend_cancel_broadcast_request *body,
                                                suprsend_cancel_broadcast_callback callback, void *user_data,
                                                apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_bulk_update_user_preference(). Zero-initialise, then set what you need. */
typedef struct suprsend_bulk_update_user_preference_params {
    /** to fetch user preferences for a particular tenant */
    char *tenant_id;
} suprsend_bulk_update_user_preference_params;

/**
 * Bulk Update
 *
 * Bulk API to update channel and category-level notification preferences for multiple users in one
 * request.
 *
 * `PATCH /v1/bulk/user/preference/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; may be NULL
 * @param body request body: suprsend_bulk_update_user_preference_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_bulk_update_user_preference_response_free() it), NULL otherwise; may be NULL to discard. 202
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_bulk_update_user_preference(suprsend_client *client,
                                                     const suprsend_bulk_update_user_preference_params *params,
                                                     const suprsend_bulk_update_user_preference_request *body,
                                                     suprsend_bulk_update_user_preference_response **out,
                                                     suprsend_error *err);
/** Descriptor of suprsend_bulk_update_user_preference(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_bulk_update_user_preference_op;

/**
 * Completion of suprsend_bulk_update_user_preference_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_bulk_update_user_preference_async()
 * @param rc 0, or what suprsend_bulk_update_user_preference() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_bulk_update_user_preference()'s out would receive, owned
 * by the callback (suprsend_bulk_update_user_preference_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_bulk_update_user_preference() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_bulk_update_user_preference_callback)(void *user_data, int rc,
                                                              suprsend_bulk_update_user_preference_response *result,
                                                              suprsend_error *err);

/**
 * Bulk Update
 *
 * Asynchronous form of suprsend_bulk_update_user_preference(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_bulk_update_user_preference() would return; the result is the callback's to free.
 *
 * `PATCH /v1/bulk/user/preference/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_bulk_update_user_preference(); read before this
 * returns
 * @param body request body, as for suprsend_bulk_update_user_preference(); read before this
 * returns
 * @param callback called with the outcome (see suprsend_bulk_update_user_preference_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_bulk_update_user_preference()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_bulk_update_user_preference()
 */
APIC_EXPORT int suprsend_bulk_update_user_preference_async(suprsend_client *client,
                                                           const suprsend_bulk_update_user_preference_params *params,
                                                           const suprsend_bulk_update_user_preference_request *body,
                                                           suprsend_bulk_update_user_preference_callback callback,
                                                           void *user_data, apic_async_call **call,
                                                           suprsend_error *err);

/** Parameters of suprsend_reset_user_preferences(). Zero-initialise, then set what you need. */
typedef struct suprsend_reset_user_preferences_params {
    /** to fetch user preferences for a particular tenant */
    char *tenant_id;
} suprsend_reset_user_preferences_params;

/**
 * Reset
 *
 * API to reset user preference settings to default preference.
 *
 * `PATCH /v1/bulk/user/preference/reset/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; may be NULL
 * @param body request body: suprsend_reset_user_preferences_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_reset_user_preferences_response_free() it), NULL otherwise; may be NULL to discard. 202
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_reset_user_preferences(suprsend_client *client,
                                                const suprsend_reset_user_preferences_params *params,
                                                const suprsend_reset_user_preferences_request *body,
                                                suprsend_reset_user_preferences_response **out, suprsend_error *err);
/** Descriptor of suprsend_reset_user_preferences(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_reset_user_preferences_op;

/**
 * Completion of suprsend_reset_user_preferences_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_reset_user_preferences_async()
 * @param rc 0, or what suprsend_reset_user_preferences() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_reset_user_preferences()'s out would receive, owned by
 * the callback (suprsend_reset_user_preferences_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_reset_user_preferences() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_reset_user_preferences_callback)(void *user_data, int rc,
                                                         suprsend_reset_user_preferences_response *result,
                                                         suprsend_error *err);

/**
 * Reset
 *
 * Asynchronous form of suprsend_reset_user_preferences(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_reset_user_preferences() would return; the result is the callback's to free.
 *
 * `PATCH /v1/bulk/user/preference/reset/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_reset_user_preferences(); read before this returns
 * @param body request body, as for suprsend_reset_user_preferences(); read before this returns
 * @param callback called with the outcome (see suprsend_reset_user_preferences_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_reset_user_preferences() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_reset_user_preferences()
 */
APIC_EXPORT int suprsend_reset_user_preferences_async(suprsend_client *client,
                                                      const suprsend_reset_user_preferences_params *params,
                                                      const suprsend_reset_user_preferences_request *body,
                                                      suprsend_reset_user_preferences_callback callback,
                                                      void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_get_user_full_preference(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_user_full_preference_params {
    /**
     * distinct_id of the user whose preferences should be fetched
     * Required.
     */
    char *distinct_id;
    /** to fetch user preferences for a particular tenant */
    char *tenant_id;
    bool has_show_opt_out_channels; /**< true when show_opt_out_channels is set */
    /** set this flag to `true` if you want to fetch channel list for opt-out categories. */
    bool show_opt_out_channels;
    /**
     * Filter preference categories with tags assigned to them. Used to filter preference categories
     * relevant to the user on UI based on their roles, department or teams.
     * You can apply single tag filter like `tags=tag1` or build nested conditions using logical
     * operators - `and`, `or`, `not`, `exists`.
     *
     * Example:
     * ```
     * tags=admin
     * tags={"or":[{"and":["admin","sales"]},{"and":["admin","manager"]}]}
     * tags={"not":"admin"}
     * tags={"exists":true}
     * ```
     */
    char *tags;
    /**
     * Locale code (e.g., `es`, `fr`, `es-AR`) to fetch preference translations in user's locale. When
     * provided, the API looks for category and section names and descriptions in the respective locale
     * file.
     * If a translation is missing for the requested locale, the system automatically falls back in
     * this order: `locale-region` (e.g., `es-AR`) → `locale` (e.g., `es`) → `en` (English - always
     * available).
     * Example: `"es"`.
     */
    char *locale;
} suprsend_get_user_full_preference_params;

/**
 * Full Preference
 *
 * API to fetch user preferences across all channels and categories.
 *
 * `GET /v1/user/{distinct_id}/preference/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: distinct_id
 * @param out receives the result on success (suprsend_get_user_full_preference_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_user_full_preference(suprsend_client *client,
                                                  const suprsend_get_user_full_preference_params *params,
                                                  suprsend_get_user_full_preference_response **out,
                                                  suprsend_error *err);
/** Descriptor of suprsend_get_user_full_preference(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_user_full_preference_op;

/**
 * Completion of suprsend_get_user_full_preference_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_get_user_full_preference_async()
 * @param rc 0, or what suprsend_get_user_full_preference() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_get_user_full_preference()'s out would receive, owned by
 * the callback (suprsend_get_user_full_preference_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_get_user_full_preference() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_get_user_full_preference_callback)(void *user_data, int rc,
                                                           suprsend_get_user_full_preference_response *result,
                                                           suprsend_error *err);

/**
 * Full Preference
 *
 * Asynchronous form of suprsend_get_user_full_preference(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_get_user_full_preference() would return; the result is the callback's to free.
 *
 * `GET /v1/user/{distinct_id}/preference/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_user_full_preference(); read before this returns
 * @param callback called with the outcome (see suprsend_get_user_full_preference_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_get_user_full_preference() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_get_user_full_preference()
 */
APIC_EXPORT int suprsend_get_user_full_preference_async(suprsend_client *client,
                                                        const suprsend_get_user_full_preference_params *params,
                                                        suprsend_get_user_full_preference_callback callback,
                                                        void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_update_user_full_preference(). Zero-initialise, then set what you need. */
typedef struct suprsend_update_user_full_preference_params {
    /**
     * distinct_id of the user whose preferences should be updated
     * Required.
     */
    char *distinct_id;
    /** to update user preferences for a particular tenant */
    char *tenant_id;
} suprsend_update_user_full_preference_params;

/**
 * Update User Full Preference
 *
 * API to update user preferences across all channels and categories with translated names and
 * descriptions in the response.
 *
 * `PATCH /v1/user/{distinct_id}/preference/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: distinct_id
 * @param body request body: suprsend_update_user_full_preference_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_update_user_full_preference_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_update_user_full_preference(suprsend_client *client,
                                                     const suprsend_update_user_full_preference_params *params,
                                                     const suprsend_update_user_full_preference_request *body,
                                                     suprsend_update_user_full_preference_response **out,
                                                     suprsend_error *err);
/** Descriptor of suprsend_update_user_full_preference(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_update_user_full_preference_op;

/**
 * Completion of suprsend_update_user_full_preference_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_update_user_full_preference_async()
 * @param rc 0, or what suprsend_update_user_full_preference() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_update_user_full_preference()'s out would receive, owned
 * by the callback (suprsend_update_user_full_preference_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_update_user_full_preference() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_update_user_full_preference_callback)(void *user_data, int rc,
                                                              suprsend_update_user_full_preference_response *result,
                                                              suprsend_error *err);

/**
 * Update User Full Preference
 *
 * Asynchronous form of suprsend_update_user_full_preference(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_update_user_full_preference() would return; the result is the callback's to free.
 *
 * `PATCH /v1/user/{distinct_id}/preference/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_update_user_full_preference(); read before this
 * returns
 * @param body request body, as for suprsend_update_user_full_preference(); read before this
 * returns
 * @param callback called with the outcome (see suprsend_update_user_full_preference_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_update_user_full_preference()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_update_user_full_preference()
 */
APIC_EXPORT int suprsend_update_user_full_preference_async(suprsend_client *client,
                                                           const suprsend_update_user_full_preference_params *params,
                                                           const suprsend_update_user_full_preference_request *body,
                                                           suprsend_update_user_full_preference_callback callback,
                                                           void *user_data, apic_async_call **call,
                                                           suprsend_error *err);

/** Parameters of suprsend_get_subscriber_list_users(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_subscriber_list_users_params {
    /**
     * The list_id of your subscriber list
     * Required.
     */
    char *list_id;
    bool has_limit; /**< true when limit is set */
    /** Format: int32. Default: `20`. */
    int32_t limit;
    /** the 'id' before which the results need to be fetched */
    char *before;
    /** the 'id' after which the results need to be fetched */
    char *after;
    /**
     * the sort order, ascending or descending, here it's decided by 'id': ascending and '-id':
     * descending
     */
    char *sort;
} suprsend_get_subscriber_list_users_params;

/**
 * Get list subscribers
 *
 * API to fetch a cursor-based paginated list of all users in the list.
 *
 * Paginated ('meta.after' as 'after'): the `_iter_new()`, `_iter_next()` and `_iter_free()`
 * functions beside this one go through every item, asking for pages as they are needed.
 *
 * `GET /v1/subscriber_list/{list_id}/subscriber/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: list_id
 * @param out receives the result on success (suprsend_get_subscriber_list_users_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_subscriber_list_users(suprsend_client *client,
                                                   const suprsend_get_subscriber_list_users_params *params,
                                                   suprsend_get_subscriber_list_users_response **out,
                                                   suprsend_error *err);
/** Descriptor of suprsend_get_subscriber_list_users(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_subscriber_list_users_op;

/**
 * Completion of suprsend_get_subscriber_list_users_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_get_subscriber_list_users_async()
 * @param rc 0, or what suprsend_get_subscriber_list_users() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_get_subscriber_list_users()'s out would receive, owned by
 * the callback (suprsend_get_subscriber_list_users_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_get_subscriber_list_users() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_get_subscriber_list_users_callback)(void *user_data, int rc,
                                                            suprsend_get_subscriber_list_users_response *result,
                                                            suprsend_error *err);

/**
 * Get list subscribers
 *
 * Asynchronous form of suprsend_get_subscriber_list_users(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_get_subscriber_list_users() would return; the result is the callback's to free.
 *
 * `GET /v1/subscriber_list/{list_id}/subscriber/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_subscriber_list_users(); read before this returns
 * @param callback called with the outcome (see suprsend_get_subscriber_list_users_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_get_subscriber_list_users() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_get_subscriber_list_users()
 */
APIC_EXPORT int suprsend_get_subscriber_list_users_async(suprsend_client *client,
                                                         const suprsend_get_subscriber_list_users_params *params,
                                                         suprsend_get_subscriber_list_users_callback callback,
                                                         void *user_data, apic_async_call **call, suprsend_error *err);

/** Iteration over every item of suprsend_get_subscriber_list_users(), page after page (apic/pager.h). */
typedef struct apic_pager suprsend_get_subscriber_list_users_iter;
/**
 * Starts iterating: nothing is sent before the first suprsend_get_subscriber_list_users_iter_next(). params is copied
 * shallowly: what it points to must stay valid until suprsend_get_subscriber_list_users_iter_free(); the cursor it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int suprsend_get_subscriber_list_users_iter_new(suprsend_client *client,
                                                            const suprsend_get_subscriber_list_users_params *params,
                                                            suprsend_get_subscriber_list_users_iter **out,
                                                            suprsend_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or suprsend_get_subscriber_list_users_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int suprsend_get_subscriber_list_users_iter_next(suprsend_get_subscriber_list_users_iter *it,
                                                             const suprsend_get_subscriber_list_users_response_results_item **item,
                                                             suprsend_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void suprsend_get_subscriber_list_users_iter_free(suprsend_get_subscriber_list_users_iter *it);

/** Parameters of suprsend_get_object_by_id(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_object_by_id_params {
    /**
     * Unique identifier of the object in your system
     * Required.
     */
    char *id;
    /**
     * Used to group similar objects together. Give plural namespace like teams, organizations, and
     * roles.
     * Required.
     */
    char *object_type;
} suprsend_get_object_by_id_params;

/**
 * Fetch Object by id
 *
 * API to fetch Object details by passing object type and ID.
 *
 * `GET /v1/object/{object_type}/{id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: id, object_type
 * @param out receives the result on success (suprsend_get_object_by_id_response_free() it), NULL otherwise; may be NULL to discard. 200 - OK
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_object_by_id(suprsend_client *client, const suprsend_get_object_by_id_params *params,
                                          suprsend_get_object_by_id_response **out, suprsend_error *err);
/** Descriptor of suprsend_get_object_by_id(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_object_by_id_op;

/**
 * Completion of suprsend_get_object_by_id_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_get_object_by_id_async()
 * @param rc 0, or what suprsend_get_object_by_id() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_get_object_by_id()'s out would receive, owned by the
 * callback (suprsend_get_object_by_id_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_get_object_by_id() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_get_object_by_id_callback)(void *user_data, int rc, suprsend_get_object_by_id_response *result,
                                                   suprsend_error *err);

/**
 * Fetch Object by id
 *
 * Asynchronous form of suprsend_get_object_by_id(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_get_object_by_id() would
 * return; the result is the callback's to free.
 *
 * `GET /v1/object/{object_type}/{id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_object_by_id(); read before this returns
 * @param callback called with the outcome (see suprsend_get_object_by_id_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_get_object_by_id() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_get_object_by_id()
 */
APIC_EXPORT int suprsend_get_object_by_id_async(suprsend_client *client, const suprsend_get_object_by_id_params *params,
                                                suprsend_get_object_by_id_callback callback, void *user_data,
                                                apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_create_update_objects(). Zero-initialise, then set what you need. */
typedef struct suprsend_create_update_objects_params {
    /**
     * Unique identifier of the object in your system
     * Required.
     */
    char *id;
    /**
     * Used to group similar objects together. Give plural namespace like teams, organizations, and
     * roles.
     * Required.
     */
    char *object_type;
} suprsend_create_update_objects_params;

/**
 * Create / Update Objects
 *
 * API to upsert (create if not exists, update if exists) object by providing a unique object ID
 * and type.
 *
 * `POST /v1/object/{object_type}/{id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: id, object_type
 * @param body request body: suprsend_create_update_objects_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_create_update_objects_response_free() it), NULL otherwise; may be NULL to discard. 201 - Created
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_create_update_objects(suprsend_client *client,
                                               const suprsend_create_update_objects_params *params,
                                               const suprsend_create_update_objects_request *body,
                                               suprsend_create_update_objects_response **out, suprsend_error *err);
/** Descriptor of suprsend_create_update_objects(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_create_update_objects_op;

/**
 * Completion of suprsend_create_update_objects_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_create_update_objects_async()
 * @param rc 0, or what suprsend_create_update_objects() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_create_update_objects()'s out would receive, owned by the
 * callback (suprsend_create_update_objects_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_create_update_objects() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_create_update_objects_callback)(void *user_data, int rc,
                                                        suprsend_create_update_objects_response *result,
                                                        suprsend_error *err);

/**
 * Create / Update Objects
 *
 * Asynchronous form of suprsend_create_update_objects(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_create_update_objects() would return; the result is the callback's to free.
 *
 * `POST /v1/object/{object_type}/{id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_create_update_objects(); read before this returns
 * @param body request body, as for suprsend_create_update_objects(); read before this returns
 * @param callback called with the outcome (see suprsend_create_update_objects_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_create_update_objects() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_create_update_objects()
 */
APIC_EXPORT int suprsend_create_update_objects_async(suprsend_client *client,
                                                     const suprsend_create_update_objects_params *params,
                                                     const suprsend_create_update_objects_request *body,
                                                     suprsend_create_update_objects_callback callback, void *user_data,
                                                     apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_delete_object(). Zero-initialise, then set what you need. */
typedef struct suprsend_delete_object_params {
    /**
     * Unique identifier of the object in your system
     * Required.
     */
    char *id;
    /**
     * Used to group similar objects together. Give plural namespace like teams, organizations, and
     * roles.
     * Required.
     */
    char *object_type;
} suprsend_delete_object_params;

/**
 * Delete an Object
 *
 * API to permanently delete an object by passing `object_type` and `id`.
 *
 * `DELETE /v1/object/{object_type}/{id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: id, object_type
 * @param out receives the result on success (free() it), NULL otherwise; may be NULL to discard. 204 - No Content
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_delete_object(suprsend_client *client, const suprsend_delete_object_params *params, char **out,
                                       suprsend_error *err);
/** Descriptor of suprsend_delete_object(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_delete_object_op;

/**
 * Completion of suprsend_delete_object_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_delete_object_async()
 * @param rc 0, or what suprsend_delete_object() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_delete_object()'s out would receive, owned by the
 * callback (free() it); NULL otherwise
 * @param err the call's error, as suprsend_delete_object() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_delete_object_callback)(void *user_data, int rc, char *result, suprsend_error *err);

/**
 * Delete an Object
 *
 * Asynchronous form of suprsend_delete_object(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_delete_object() would return; the
 * result is the callback's to free.
 *
 * `DELETE /v1/object/{object_type}/{id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_delete_object(); read before this returns
 * @param callback called with the outcome (see suprsend_delete_object_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_delete_object() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_delete_object()
 */
APIC_EXPORT int suprsend_delete_object_async(suprsend_client *client, const suprsend_delete_object_params *params,
                                             suprsend_delete_object_callback callback, void *user_data,
                                             apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_edit_object_profile(). Zero-initialise, then set what you need. */
typedef struct suprsend_edit_object_profile_params {
    /**
     * Used to group similar objects together. Give plural namespace like teams, organizations, and
     * roles.
     * Required.
     */
    char *object_type;
    /**
     * Unique identifier of the object in your system
     * Required.
     */
    char *id;
} suprsend_edit_object_profile_params;

/**
 * Edit Object Profile
 *
 * API to edit (add/remove) properties and communication-channels for an object.
 *
 * `PATCH /v1/object/{object_type}/{id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: object_type, id
 * @param body request body: suprsend_edit_object_profile_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_edit_object_profile_response_free() it), NULL otherwise; may be NULL to discard. 200 - OK
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_edit_object_profile(suprsend_client *client, const suprsend_edit_object_profile_params *params,
                                             const suprsend_edit_object_profile_request *body,
                                             suprsend_edit_object_profile_response **out, suprsend_error *err);
/** Descriptor of suprsend_edit_object_profile(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_edit_object_profile_op;

/**
 * Completion of suprsend_edit_object_profile_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_edit_object_profile_async()
 * @param rc 0, or what suprsend_edit_object_profile() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_edit_object_profile()'s out would receive, owned by the
 * callback (suprsend_edit_object_profile_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_edit_object_profile() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_edit_object_profile_callback)(void *user_data, int rc,
                                                      suprsend_edit_object_profile_response *result,
                                                      suprsend_error *err);

/**
 * Edit Object Profile
 *
 * Asynchronous form of suprsend_edit_object_profile(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_edit_object_profile() would
 * return; the result is the callback's to free.
 *
 * `PATCH /v1/object/{object_type}/{id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_edit_object_profile(); read before this returns
 * @param body request body, as for suprsend_edit_object_profile(); read before this returns
 * @param callback called with the outcome (see suprsend_edit_object_profile_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_edit_object_profile() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_edit_object_profile()
 */
APIC_EXPORT int suprsend_edit_object_profile_async(suprsend_client *client,
                                                   const suprsend_edit_object_profile_params *params,
                                                   const suprsend_edit_object_profile_request *body,
                                                   suprsend_edit_object_profile_callback callback, void *user_data,
                                                   apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_list_object_subscriptions(). Zero-initialise, then set what you need. */
typedef struct suprsend_list_object_subscriptions_params {
    /**
     * Unique identifier of the object in your system
     * Required.
     */
    char *id;
    /**
     * Used to group similar objects together. Give plural namespace like teams, organizations, and
     * roles.
     * Required.
     */
    char *object_type;
} suprsend_list_object_subscriptions_params;

/**
 * List Object Subscriptions
 *
 * API to fetch a paginated list of users or child objects subscribed to a given object.
 *
 * `GET /v1/object/{object_type}/{id}/subscription/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: id, object_type
 * @param out receives the result on success (suprsend_list_object_subscriptions_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_list_object_subscriptions(suprsend_client *client,
                                                   const suprsend_list_object_subscriptions_params *params,
                                                   suprsend_list_object_subscriptions_response **out,
                                                   suprsend_error *err);
/** Descriptor of suprsend_list_object_subscriptions(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_list_object_subscriptions_op;

/**
 * Completion of suprsend_list_object_subscriptions_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_list_object_subscriptions_async()
 * @param rc 0, or what suprsend_list_object_subscriptions() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_list_object_subscriptions()'s out would receive, owned by
 * the callback (suprsend_list_object_subscriptions_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_list_object_subscriptions() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_list_object_subscriptions_callback)(void *user_data, int rc,
                                                            suprsend_list_object_subscriptions_response *result,
                                                            suprsend_error *err);

/**
 * List Object Subscriptions
 *
 * Asynchronous form of suprsend_list_object_subscriptions(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_list_object_subscriptions() would return; the result is the callback's to free.
 *
 * `GET /v1/object/{object_type}/{id}/subscription/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_list_object_subscriptions(); read before this returns
 * @param callback called with the outcome (see suprsend_list_object_subscriptions_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_list_object_subscriptions() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_list_object_subscriptions()
 */
APIC_EXPORT int suprsend_list_object_subscriptions_async(suprsend_client *client,
                                                         const suprsend_list_object_subscriptions_params *params,
                                                         suprsend_list_object_subscriptions_callback callback,
                                                         void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_add_object_subscription(). Zero-initialise, then set what you need. */
typedef struct suprsend_add_object_subscription_params {
    /**
     * Unique identifier of the object in your system
     * Required.
     */
    char *id;
    /**
     * Used to group similar objects together. Give plural namespace like teams, organizations, and
     * roles.
     * Required.
     */
    char *object_type;
} suprsend_add_object_subscription_params;

/**
 * Add Subscription
 *
 * API to add subscribers (users/child objects) to a given object, to notify subscribers when
 * workflow is triggered on the parent object.
 *
 * `POST /v1/object/{object_type}/{id}/subscription/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: id, object_type
 * @param body request body: suprsend_add_object_subscription_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_add_object_subscription_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_add_object_subscription(suprsend_client *client,
                                                 const suprsend_add_object_subscription_params *params,
                                                 const suprsend_add_object_subscription_request *body,
                                                 suprsend_add_object_subscription_response **out, suprsend_error *err);
/** Descriptor of suprsend_add_object_subscription(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_add_object_subscription_op;

/**
 * Completion of suprsend_add_object_subscription_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_add_object_subscription_async()
 * @param rc 0, or what suprsend_add_object_subscription() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_add_object_subscription()'s out would receive, owned by
 * the callback (suprsend_add_object_subscription_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_add_object_subscription() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_add_object_subscription_callback)(void *user_data, int rc,
                                                          suprsend_add_object_subscription_response *result,
                                                          suprsend_error *err);

/**
 * Add Subscription
 *
 * Asynchronous form of suprsend_add_object_subscription(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_add_object_subscription() would return; the result is the callback's to free.
 *
 * `POST /v1/object/{object_type}/{id}/subscription/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_add_object_subscription(); read before this returns
 * @param body request body, as for suprsend_add_object_subscription(); read before this returns
 * @param callback called with the outcome (see suprsend_add_object_subscription_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_add_object_subscription() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_add_object_subscription()
 */
APIC_EXPORT int suprsend_add_object_subscription_async(suprsend_client *client,
                                                       const suprsend_add_object_subscription_params *params,
                                                       const suprsend_add_object_subscription_request *body,
                                                       suprsend_add_object_subscription_callback callback,
                                                       void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_delete_object_subscriptions(). Zero-initialise, then set what you need. */
typedef struct suprsend_delete_object_subscriptions_params {
    /**
     * Unique identifier of the object in your system
     * Required.
     */
    char *id;
    /**
     * Used to group similar objects together. Give plural namespace like teams, organizations, and
     * roles.
     * Required.
     */
    char *object_type;
    /**
     * List of recipients to be notified. Provide recipient IDs as a comma-separated list (e.g.,
     * `id1,id2,id3`).
     * Required.
     */
    char *recipients;
} suprsend_delete_object_subscriptions_params;

/**
 * Remove Object Subscriptions
 *
 * API to remove object subscribers (users or child objects).
 *
 * `DELETE /v1/object/{object_type}/{id}/subscription/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: id, object_type, recipients
 * @param body request body: suprsend_delete_object_subscriptions_request, sent as JSON; may be NULL
 * @param out receives the result on success (free() it), NULL otherwise; may be NULL to discard. 204 - No Content
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_delete_object_subscriptions(suprsend_client *client,
                                                     const suprsend_delete_object_subscriptions_params *params,
                                                     const suprsend_delete_object_subscriptions_request *body,
                                                     char **out, suprsend_error *err);
/** Descriptor of suprsend_delete_object_subscriptions(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_delete_object_subscriptions_op;

/**
 * Completion of suprsend_delete_object_subscriptions_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_delete_object_subscriptions_async()
 * @param rc 0, or what suprsend_delete_object_subscriptions() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_delete_object_subscriptions()'s out would receive, owned
 * by the callback (free() it); NULL otherwise
 * @param err the call's error, as suprsend_delete_object_subscriptions() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_delete_object_subscriptions_callback)(void *user_data, int rc, char *result,
                                                              suprsend_error *err);

/**
 * Remove Object Subscriptions
 *
 * Asynchronous form of suprsend_delete_object_subscriptions(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_delete_object_subscriptions() would return; the result is the callback's to free.
 *
 * `DELETE /v1/object/{object_type}/{id}/subscription/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_delete_object_subscriptions(); read before this
 * returns
 * @param body request body, as for suprsend_delete_object_subscriptions(); read before this
 * returns
 * @param callback called with the outcome (see suprsend_delete_object_subscriptions_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_delete_object_subscriptions()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_delete_object_subscriptions()
 */
APIC_EXPORT int suprsend_delete_object_subscriptions_async(suprsend_client *client,
                                                           const suprsend_delete_object_subscriptions_params *params,
                                                           const suprsend_delete_object_subscriptions_request *body,
                                                           suprsend_delete_object_subscriptions_callback callback,
                                                           void *user_data, apic_async_call **call,
                                                           suprsend_error *err);

/** Parameters of suprsend_list_objects_by_type(). Zero-initialise, then set what you need. */
typedef struct suprsend_list_objects_by_type_params {
    /**
     * Used to group similar objects together. Give plural namespace like teams, organizations, and
     * roles.
     * Required.
     */
    char *object_type;
} suprsend_list_objects_by_type_params;

/**
 * List Objects by type
 *
 * API to fetch paginated list of objects that belong to the specified `object_type`.
 *
 * `GET /v1/object/{object_type}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: object_type
 * @param out receives the result on success (suprsend_list_objects_by_type_response_free() it), NULL otherwise; may be NULL to discard. 200 - OK
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_list_objects_by_type(suprsend_client *client,
                                              const suprsend_list_objects_by_type_params *params,
                                              suprsend_list_objects_by_type_response **out, suprsend_error *err);
/** Descriptor of suprsend_list_objects_by_type(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_list_objects_by_type_op;

/**
 * Completion of suprsend_list_objects_by_type_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_list_objects_by_type_async()
 * @param rc 0, or what suprsend_list_objects_by_type() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_list_objects_by_type()'s out would receive, owned by the
 * callback (suprsend_list_objects_by_type_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_list_objects_by_type() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_list_objects_by_type_callback)(void *user_data, int rc,
                                                       suprsend_list_objects_by_type_response *result,
                                                       suprsend_error *err);

/**
 * List Objects by type
 *
 * Asynchronous form of suprsend_list_objects_by_type(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what suprsend_list_objects_by_type()
 * would return; the result is the callback's to free.
 *
 * `GET /v1/object/{object_type}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_list_objects_by_type(); read before this returns
 * @param callback called with the outcome (see suprsend_list_objects_by_type_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_list_objects_by_type() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_list_objects_by_type()
 */
APIC_EXPORT int suprsend_list_objects_by_type_async(suprsend_client *client,
                                                    const suprsend_list_objects_by_type_params *params,
                                                    suprsend_list_objects_by_type_callback callback, void *user_data,
                                                    apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_fetch_object_preference_single_category(). Zero-initialise, then set what you need. */
typedef struct suprsend_fetch_object_preference_single_category_params {
    /**
     * Used to group similar objects together. Give plural namespace like teams, organizations, and
     * roles.
     * Required.
     */
    char *object_type;
    /** to fetch object preferences for a particular tenant */
    char *tenant_id;
    bool has_show_opt_out_channels; /**< true when show_opt_out_channels is set */
    /** set this flag to `true` if you want to fetch channel list for opt-out categories. */
    bool show_opt_out_channels;
    /**
     * Unique identifier of the object in your system
     * Required.
     */
    char *id;
    /**
     * notification category slug. You can get this from Notification Categories page on SuprSend
     * dashboard -\> Settings page
     * Required.
     */
    char *category_slug;
    /**
     * Locale code (e.g., `es`, `fr`, `de`, `ja`, `es-AR`) to fetch preference translations in user's
     * locale. When provided, the API looks for category and section names and descriptions in the
     * respective locale file.
     * If a translation is missing for the requested locale, the system automatically falls back in
     * this order: `locale-region` (e.g., `es-AR`) → `locale` (e.g., `es`) → `en` (English - always
     * available).
     * Example: `"es"`.
     */
    char *locale;
} suprsend_fetch_object_preference_single_category_params;

/**
 * Single Category
 *
 * API to fetch object preferences for a given category.
 *
 * `GET /v1/object/{object_type}/{id}/preference/category/{category_slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: object_type, id, category_slug
 * @param out receives the result on success (suprsend_fetch_object_preference_single_category_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_fetch_object_preference_single_category(suprsend_client *client,
                                                                 const suprsend_fetch_object_preference_single_category_params *params,
                                                                 suprsend_fetch_object_preference_single_category_response **out,
                                                                 suprsend_error *err);
/** Descriptor of suprsend_fetch_object_preference_single_category(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_fetch_object_preference_single_category_op;

/**
 * Completion of suprsend_fetch_object_preference_single_category_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to suprsend_fetch_object_preference_single_category_async()
 * @param rc 0, or what suprsend_fetch_object_preference_single_category() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what suprsend_fetch_object_preference_single_category()'s out would
 * receive, owned by the callback (suprsend_fetch_object_preference_single_category_response_free()
 * it); NULL otherwise
 * @param err the call's error, as suprsend_fetch_object_preference_single_category() fills it;
 * valid until the callback returns
 */
typedef void (*suprsend_fetch_object_preference_single_category_callback)(void *user_data, int rc,
                                                                          suprsend_fetch_object_preference_single_category_response *result,
                                                                          suprsend_error *err);

/**
 * Single Category
 *
 * Asynchronous form of suprsend_fetch_object_preference_single_category(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_fetch_object_preference_single_category() would return; the result is the callback's to
 * free.
 *
 * `GET /v1/object/{object_type}/{id}/preference/category/{category_slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_fetch_object_preference_single_category(); read before
 * this returns
 * @param callback called with the outcome (see
 * suprsend_fetch_object_preference_single_category_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * suprsend_fetch_object_preference_single_category() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see suprsend_fetch_object_preference_single_category()
 */
APIC_EXPORT int suprsend_fetch_object_preference_single_category_async(suprsend_client *client,
                                                                       const suprsend_fetch_object_preference_single_category_params *params,
                                                                       suprsend_fetch_object_preference_single_category_callback callback,
                                                                       void *user_data, apic_async_call **call,
                                                                       suprsend_error *err);

/** Parameters of suprsend_object_preference_category(). Zero-initialise, then set what you need. */
typedef struct suprsend_object_preference_category_params {
    /** to fetch user preferences for a particular tenant */
    char *tenant_id;
    /**
     * Used to group similar objects together. Give plural namespace like teams, organizations, and
     * roles.
     * Required.
     */
    char *object_type;
    /**
     * Unique identifier of the object in your system
     * Required.
     */
    char *id;
    /**
     * notification category slug. You can get this from Notification Categories page on SuprSend
     * dashboard -\> Settings page
     * Required.
     */
    char *category_slug;
} suprsend_object_preference_category_params;

/**
 * Category and Channel within Category
 *
 * API to update object preferences for a specific notification category.
 *
 * `PATCH /v1/object/{object_type}/{id}/preference/category/{category_slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: object_type, id, category_slug
 * @param body request body: suprsend_object_preference_category_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_object_preference_category_response_free() it), NULL otherwise; may be NULL to discard. 202
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_object_preference_category(suprsend_client *client,
                                                    const suprsend_object_preference_category_params *params,
                                                    const suprsend_object_preference_category_request *body,
                                                    suprsend_object_preference_category_response **out,
                                                    suprsend_error *err);
/** Descriptor of suprsend_object_preference_category(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_object_preference_category_op;

/**
 * Completion of suprsend_object_preference_category_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_object_preference_category_async()
 * @param rc 0, or what suprsend_object_preference_category() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_object_preference_category()'s out would receive, owned
 * by the callback (suprsend_object_preference_category_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_object_preference_category() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_object_preference_category_callback)(void *user_data, int rc,
                                                             suprsend_object_preference_category_response *result,
                                                             suprsend_error *err);

/**
 * Category and Channel within Category
 *
 * Asynchronous form of suprsend_object_preference_category(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_object_preference_category() would return; the result is the callback's to free.
 *
 * `PATCH /v1/object/{object_type}/{id}/preference/category/{category_slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_object_preference_category(); read before this returns
 * @param body request body, as for suprsend_object_preference_category(); read before this returns
 * @param callback called with the outcome (see suprsend_object_preference_category_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_object_preference_category() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_object_preference_category()
 */
APIC_EXPORT int suprsend_object_preference_category_async(suprsend_client *client,
                                                          const suprsend_object_preference_category_params *params,
                                                          const suprsend_object_preference_category_request *body,
                                                          suprsend_object_preference_category_callback callback,
                                                          void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_fetch_object_preference_all_channels(). Zero-initialise, then set what you need. */
typedef struct suprsend_fetch_object_preference_all_channels_params {
    /**
     * Used to group similar objects together. Give plural namespace like teams, organizations, and
     * roles.
     * Required.
     */
    char *object_type;
    /** to fetch object preferences for a particular tenant */
    char *tenant_id;
    /**
     * Unique identifier of the object in your system
     * Required.
     */
    char *id;
} suprsend_fetch_object_preference_all_channels_params;

/**
 * All Channels
 *
 * API to retrieve all channel preferences for a given object.
 *
 * `GET /v1/object/{object_type}/{id}/preference/channel_preference/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: object_type, id
 * @param out receives the result on success (suprsend_fetch_object_preference_all_channels_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_fetch_object_preference_all_channels(suprsend_client *client,
                                                              const suprsend_fetch_object_preference_all_channels_params *params,
                                                              suprsend_fetch_object_preference_all_channels_response **out,
                                                              suprsend_error *err);
/** Descriptor of suprsend_fetch_object_preference_all_channels(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_fetch_object_preference_all_channels_op;

/**
 * Completion of suprsend_fetch_object_preference_all_channels_async(): called exactly once, later,
 * on the loop thread (apic/async.h).
 * @param user_data as given to suprsend_fetch_object_preference_all_channels_async()
 * @param rc 0, or what suprsend_fetch_object_preference_all_channels() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what suprsend_fetch_object_preference_all_channels()'s out would
 * receive, owned by the callback (suprsend_fetch_object_preference_all_channels_response_free()
 * it); NULL otherwise
 * @param err the call's error, as suprsend_fetch_object_preference_all_channels() fills it; valid
 * until the callback returns
 */
typedef void (*suprsend_fetch_object_preference_all_channels_callback)(void *user_data, int rc,
                                                                       suprsend_fetch_object_preference_all_channels_response *result,
                                                                       suprsend_error *err);

/**
 * All Channels
 *
 * Asynchronous form of suprsend_fetch_object_preference_all_channels(): returns at once; callback
 * is called exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_fetch_object_preference_all_channels() would return; the result is the callback's to
 * free.
 *
 * `GET /v1/object/{object_type}/{id}/preference/channel_preference/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_fetch_object_preference_all_channels(); read before
 * this returns
 * @param callback called with the outcome (see
 * suprsend_fetch_object_preference_all_channels_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * suprsend_fetch_object_preference_all_channels() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see suprsend_fetch_object_preference_all_channels()
 */
APIC_EXPORT int suprsend_fetch_object_preference_all_channels_async(suprsend_client *client,
                                                                    const suprsend_fetch_object_preference_all_channels_params *params,
                                                                    suprsend_fetch_object_preference_all_channels_callback callback,
                                                                    void *user_data, apic_async_call **call,
                                                                    suprsend_error *err);

/** Parameters of suprsend_object_preference_channel(). Zero-initialise, then set what you need. */
typedef struct suprsend_object_preference_channel_params {
    /**
     * Used to group similar objects together. Give plural namespace like teams, organizations, and
     * roles.
     * Required.
     */
    char *object_type;
    /** to fetch user preferences for a particular tenant */
    char *tenant_id;
    /**
     * Unique identifier of the object in your system
     * Required.
     */
    char *id;
} suprsend_object_preference_channel_params;

/**
 * Overall Channel level
 *
 * API to update object preferences across all channels.
 *
 * `PATCH /v1/object/{object_type}/{id}/preference/channel_preference/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: object_type, id
 * @param body request body: suprsend_object_preference_channel_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_object_preference_channel_response_free() it), NULL otherwise; may be NULL to discard. 202
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_object_preference_channel(suprsend_client *client,
                                                   const suprsend_object_preference_channel_params *params,
                                                   const suprsend_object_preference_channel_request *body,
                                                   suprsend_object_preference_channel_response **out,
                                                   suprsend_error *err);
/** Descriptor of suprsend_object_preference_channel(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_object_preference_channel_op;

/**
 * Completion of suprsend_object_preference_channel_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_object_preference_channel_async()
 * @param rc 0, or what suprsend_object_preference_channel() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_object_preference_channel()'s out would receive, owned by
 * the callback (suprsend_object_preference_channel_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_object_preference_channel() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_object_preference_channel_callback)(void *user_data, int rc,
                                                            suprsend_object_preference_channel_response *result,
                                                            suprsend_error *err);

/**
 * Overall Channel level
 *
 * Asynchronous form of suprsend_object_preference_channel(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_object_preference_channel() would return; the result is the callback's to free.
 *
 * `PATCH /v1/object/{object_type}/{id}/preference/channel_preference/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_object_preference_channel(); read before this returns
 * @param body request body, as for suprsend_object_preference_channel(); read before this returns
 * @param callback called with the outcome (see suprsend_object_preference_channel_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_object_preference_channel() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_object_preference_channel()
 */
APIC_EXPORT int suprsend_object_preference_channel_async(suprsend_client *client,
                                                         const suprsend_object_preference_channel_params *params,
                                                         const suprsend_object_preference_channel_request *body,
                                                         suprsend_object_preference_channel_callback callback,
                                                         void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_fetch_object_full_preference(). Zero-initialise, then set what you need. */
typedef struct suprsend_fetch_object_full_preference_params {
    /**
     * Used to group similar objects together. Give plural namespace like teams, organizations, and
     * roles.
     * Required.
     */
    char *object_type;
    /** to fetch object preferences for a particular tenant */
    char *tenant_id;
    bool has_show_opt_out_channels; /**< true when show_opt_out_channels is set */
    /** set this flag to `true` if you want to fetch channel list for opt-out categories. */
    bool show_opt_out_channels;
    /**
     * Unique identifier of the object in your system
     * Required.
     */
    char *id;
    /**
     * Filter preference categories with tags assigned to them. Used to filter preference categories
     * relevant to the user on UI based on their roles, department or teams.
     * You can apply single tag filter like `tags=tag1` or build nested conditions using logical
     * operators - `and`, `or`, `not`, `exists`.
     *
     * Example:
     * ```
     * tags=admin
     * tags={"or":[{"and":["admin","sales"]},{"and":["admin","manager"]}]}
     * tags={"not":"admin"}
     * tags={"exists":true}
     * ```
     */
    char *tags;
    /**
     * Locale code (e.g., `es`, `fr`, `de`, `ja`, `es-AR`) to fetch preference translations in user's
     * locale. When provided, the API looks for category and section names and descriptions in the
     * respective locale file.
     * If a translation is missing for the requested locale, the system automatically falls back in
     * this order: `locale-region` (e.g., `es-AR`) → `locale` (e.g., `es`) → `en` (English - always
     * available).
     * Example: `"es"`.
     */
    char *locale;
} suprsend_fetch_object_full_preference_params;

/**
 * Full Preference
 *
 * API to fetch object preferences across all channels and categories.
 *
 * `GET /v1/object/{object_type}/{id}/preference/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: object_type, id
 * @param out receives the result on success (suprsend_fetch_object_full_preference_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_fetch_object_full_preference(suprsend_client *client,
                                                      const suprsend_fetch_object_full_preference_params *params,
                                                      suprsend_fetch_object_full_preference_response **out,
                                                      suprsend_error *err);
/** Descriptor of suprsend_fetch_object_full_preference(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_fetch_object_full_preference_op;

/**
 * Completion of suprsend_fetch_object_full_preference_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_fetch_object_full_preference_async()
 * @param rc 0, or what suprsend_fetch_object_full_preference() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_fetch_object_full_preference()'s out would receive, owned
 * by the callback (suprsend_fetch_object_full_preference_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_fetch_object_full_preference() fills it; valid until
 * the callback returns
 */
typedef void (*suprsend_fetch_object_full_preference_callback)(void *user_data, int rc,
                                                               suprsend_fetch_object_full_preference_response *result,
                                                               suprsend_error *err);

/**
 * Full Preference
 *
 * Asynchronous form of suprsend_fetch_object_full_preference(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_fetch_object_full_preference() would return; the result is the callback's to free.
 *
 * `GET /v1/object/{object_type}/{id}/preference/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_fetch_object_full_preference(); read before this
 * returns
 * @param callback called with the outcome (see suprsend_fetch_object_full_preference_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_fetch_object_full_preference()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_fetch_object_full_preference()
 */
APIC_EXPORT int suprsend_fetch_object_full_preference_async(suprsend_client *client,
                                                            const suprsend_fetch_object_full_preference_params *params,
                                                            suprsend_fetch_object_full_preference_callback callback,
                                                            void *user_data, apic_async_call **call,
                                                            suprsend_error *err);

/** Parameters of suprsend_update_object_full_preference(). Zero-initialise, then set what you need. */
typedef struct suprsend_update_object_full_preference_params {
    /**
     * Used to group similar objects together. Give plural namespace like teams, organizations, and
     * roles.
     * Required.
     */
    char *object_type;
    /**
     * Unique identifier of the object in your system
     * Required.
     */
    char *id;
    /** to update object preferences for a particular tenant */
    char *tenant_id;
} suprsend_update_object_full_preference_params;

/**
 * Update Object Full Preference
 *
 * API to update object preferences across all channels and categories with translated names and
 * descriptions in the response.
 *
 * `PATCH /v1/object/{object_type}/{id}/preference/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: object_type, id
 * @param body request body: suprsend_update_object_full_preference_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_update_object_full_preference_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_update_object_full_preference(suprsend_client *client,
                                                       const suprsend_update_object_full_preference_params *params,
                                                       const suprsend_update_object_full_preference_request *body,
                                                       suprsend_update_object_full_preference_response **out,
                                                       suprsend_error *err);
/** Descriptor of suprsend_update_object_full_preference(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_update_object_full_preference_op;

/**
 * Completion of suprsend_update_object_full_preference_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_update_object_full_preference_async()
 * @param rc 0, or what suprsend_update_object_full_preference() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_update_object_full_preference()'s out would receive,
 * owned by the callback (suprsend_update_object_full_preference_response_free() it); NULL
 * otherwise
 * @param err the call's error, as suprsend_update_object_full_preference() fills it; valid until
 * the callback returns
 */
typedef void (*suprsend_update_object_full_preference_callback)(void *user_data, int rc,
                                                                suprsend_update_object_full_preference_response *result,
                                                                suprsend_error *err);

/**
 * Update Object Full Preference
 *
 * Asynchronous form of suprsend_update_object_full_preference(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_update_object_full_preference() would return; the result is the callback's to free.
 *
 * `PATCH /v1/object/{object_type}/{id}/preference/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_update_object_full_preference(); read before this
 * returns
 * @param body request body, as for suprsend_update_object_full_preference(); read before this
 * returns
 * @param callback called with the outcome (see suprsend_update_object_full_preference_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_update_object_full_preference()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_update_object_full_preference()
 */
APIC_EXPORT int suprsend_update_object_full_preference_async(suprsend_client *client,
                                                             const suprsend_update_object_full_preference_params *params,
                                                             const suprsend_update_object_full_preference_request *body,
                                                             suprsend_update_object_full_preference_callback callback,
                                                             void *user_data, apic_async_call **call,
                                                             suprsend_error *err);

/** Parameters of suprsend_fetch_object_preference_all_categories(). Zero-initialise, then set what you need. */
typedef struct suprsend_fetch_object_preference_all_categories_params {
    /**
     * Used to group similar objects together. Give plural namespace like teams, organizations, and
     * roles.
     * Required.
     */
    char *object_type;
    /** to fetch object preferences for a particular tenant */
    char *tenant_id;
    bool has_show_opt_out_channels; /**< true when show_opt_out_channels is set */
    /** set this flag to `true` if you want to fetch channel list for opt-out categories. */
    bool show_opt_out_channels;
    /**
     * Unique identifier of the object in your system
     * Required.
     */
    char *id;
    /**
     * Filter preference categories with tags assigned to them. Used to filter preference categories
     * relevant to the user on UI based on their roles, department or teams.
     * You can apply single tag filter like `tags=tag1` or build nested conditions using logical
     * operators - `and`, `or`, `not`, `exists`.
     *
     * Example:
     * ```
     * tags=admin
     * tags={"or":[{"and":["admin","sales"]},{"and":["admin","manager"]}]}
     * tags={"not":"admin"}
     * tags={"exists":true}
     * ```
     */
    char *tags;
    /**
     * Locale code (e.g., `es`, `fr`, `de`, `ja`, `es-AR`) to fetch preference translations in user's
     * locale. When provided, the API looks for category and section names and descriptions in the
     * respective locale file.
     * If a translation is missing for the requested locale, the system automatically falls back in
     * this order: `locale-region` (e.g., `es-AR`) → `locale` (e.g., `es`) → `en` (English - always
     * available).
     * Example: `"es"`.
     */
    char *locale;
} suprsend_fetch_object_preference_all_categories_params;

/**
 * All Categories
 *
 * API to fetch user preferences across all categories.
 *
 * `GET /v1/object/{object_type}/{id}/preference/category/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: object_type, id
 * @param out receives the result on success (suprsend_fetch_object_preference_all_categories_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_fetch_object_preference_all_categories(suprsend_client *client,
                                                                const suprsend_fetch_object_preference_all_categories_params *params,
                                                                suprsend_fetch_object_preference_all_categories_response **out,
                                                                suprsend_error *err);
/** Descriptor of suprsend_fetch_object_preference_all_categories(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_fetch_object_preference_all_categories_op;

/**
 * Completion of suprsend_fetch_object_preference_all_categories_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to suprsend_fetch_object_preference_all_categories_async()
 * @param rc 0, or what suprsend_fetch_object_preference_all_categories() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what suprsend_fetch_object_preference_all_categories()'s out would
 * receive, owned by the callback (suprsend_fetch_object_preference_all_categories_response_free()
 * it); NULL otherwise
 * @param err the call's error, as suprsend_fetch_object_preference_all_categories() fills it;
 * valid until the callback returns
 */
typedef void (*suprsend_fetch_object_preference_all_categories_callback)(void *user_data, int rc,
                                                                         suprsend_fetch_object_preference_all_categories_response *result,
                                                                         suprsend_error *err);

/**
 * All Categories
 *
 * Asynchronous form of suprsend_fetch_object_preference_all_categories(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_fetch_object_preference_all_categories() would return; the result is the callback's to
 * free.
 *
 * `GET /v1/object/{object_type}/{id}/preference/category/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_fetch_object_preference_all_categories(); read before
 * this returns
 * @param callback called with the outcome (see
 * suprsend_fetch_object_preference_all_categories_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * suprsend_fetch_object_preference_all_categories() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see suprsend_fetch_object_preference_all_categories()
 */
APIC_EXPORT int suprsend_fetch_object_preference_all_categories_async(suprsend_client *client,
                                                                      const suprsend_fetch_object_preference_all_categories_params *params,
                                                                      suprsend_fetch_object_preference_all_categories_callback callback,
                                                                      void *user_data, apic_async_call **call,
                                                                      suprsend_error *err);

/** Parameters of suprsend_fetch_user_profile(). Zero-initialise, then set what you need. */
typedef struct suprsend_fetch_user_profile_params {
    /**
     * Unique identifier of the user in your system
     * Required.
     */
    char *distinct_id;
} suprsend_fetch_user_profile_params;

/**
 * Fetch User by id
 *
 * API to fetch user object by passing it's unique `distinct_id`.
 *
 * `GET /v1/user/{distinct_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: distinct_id
 * @param out receives the result on success (suprsend_fetch_user_profile_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_fetch_user_profile(suprsend_client *client, const suprsend_fetch_user_profile_params *params,
                                            suprsend_fetch_user_profile_response **out, suprsend_error *err);
/** Descriptor of suprsend_fetch_user_profile(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_fetch_user_profile_op;

/**
 * Completion of suprsend_fetch_user_profile_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_fetch_user_profile_async()
 * @param rc 0, or what suprsend_fetch_user_profile() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_fetch_user_profile()'s out would receive, owned by the
 * callback (suprsend_fetch_user_profile_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_fetch_user_profile() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_fetch_user_profile_callback)(void *user_data, int rc,
                                                     suprsend_fetch_user_profile_response *result, suprsend_error *err);

/**
 * Fetch User by id
 *
 * Asynchronous form of suprsend_fetch_user_profile(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_fetch_user_profile() would
 * return; the result is the callback's to free.
 *
 * `GET /v1/user/{distinct_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_fetch_user_profile(); read before this returns
 * @param callback called with the outcome (see suprsend_fetch_user_profile_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_fetch_user_profile() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_fetch_user_profile()
 */
APIC_EXPORT int suprsend_fetch_user_profile_async(suprsend_client *client,
                                                  const suprsend_fetch_user_profile_params *params,
                                                  suprsend_fetch_user_profile_callback callback, void *user_data,
                                                  apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_create_update_users(). Zero-initialise, then set what you need. */
typedef struct suprsend_create_update_users_params {
    /**
     * Unique identifier of the user in your system
     * Required.
     */
    char *distinct_id;
} suprsend_create_update_users_params;

/**
 * Create / Update Users
 *
 * API to upsert (create if not exists, update if exists) user profile using a `distinct_id`.
 *
 * `POST /v1/user/{distinct_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: distinct_id
 * @param body request body: suprsend_create_update_users_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_create_update_users_response_free() it), NULL otherwise; may be NULL to discard. 201
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_create_update_users(suprsend_client *client, const suprsend_create_update_users_params *params,
                                             const suprsend_create_update_users_request *body,
                                             suprsend_create_update_users_response **out, suprsend_error *err);
/** Descriptor of suprsend_create_update_users(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_create_update_users_op;

/**
 * Completion of suprsend_create_update_users_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_create_update_users_async()
 * @param rc 0, or what suprsend_create_update_users() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_create_update_users()'s out would receive, owned by the
 * callback (suprsend_create_update_users_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_create_update_users() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_create_update_users_callback)(void *user_data, int rc,
                                                      suprsend_create_update_users_response *result,
                                                      suprsend_error *err);

/**
 * Create / Update Users
 *
 * Asynchronous form of suprsend_create_update_users(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_create_update_users() would
 * return; the result is the callback's to free.
 *
 * `POST /v1/user/{distinct_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_create_update_users(); read before this returns
 * @param body request body, as for suprsend_create_update_users(); read before this returns
 * @param callback called with the outcome (see suprsend_create_update_users_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_create_update_users() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_create_update_users()
 */
APIC_EXPORT int suprsend_create_update_users_async(suprsend_client *client,
                                                   const suprsend_create_update_users_params *params,
                                                   const suprsend_create_update_users_request *body,
                                                   suprsend_create_update_users_callback callback, void *user_data,
                                                   apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_delete_user(). Zero-initialise, then set what you need. */
typedef struct suprsend_delete_user_params {
    /**
     * Unique identifier of the user in your system
     * Required.
     */
    char *distinct_id;
} suprsend_delete_user_params;

/**
 * Delete user
 *
 * API to permanently delete a user from SuprSend by passing `distinct_id`.
 *
 * `DELETE /v1/user/{distinct_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: distinct_id
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_delete_user(suprsend_client *client, const suprsend_delete_user_params *params,
                                     suprsend_error *err);
/** Descriptor of suprsend_delete_user(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_delete_user_op;

/**
 * Completion of suprsend_delete_user_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_delete_user_async()
 * @param rc 0, or what suprsend_delete_user() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param err the call's error, as suprsend_delete_user() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_delete_user_callback)(void *user_data, int rc, suprsend_error *err);

/**
 * Delete user
 *
 * Asynchronous form of suprsend_delete_user(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_delete_user() would return.
 *
 * `DELETE /v1/user/{distinct_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_delete_user(); read before this returns
 * @param callback called with the outcome (see suprsend_delete_user_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_delete_user() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_delete_user()
 */
APIC_EXPORT int suprsend_delete_user_async(suprsend_client *client, const suprsend_delete_user_params *params,
                                           suprsend_delete_user_callback callback, void *user_data,
                                           apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_edit_user_profile(). Zero-initialise, then set what you need. */
typedef struct suprsend_edit_user_profile_params {
    /**
     * unique identifier of the user
     * Required.
     */
    char *distinct_id;
} suprsend_edit_user_profile_params;

/**
 * Edit User Profile
 *
 * API to edit (add/remove) properties and communication-channels for a user.
 *
 * `PATCH /v1/user/{distinct_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: distinct_id
 * @param body request body: suprsend_edit_user_profile_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_edit_user_profile_response_free() it), NULL otherwise; may be NULL to discard. 202
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_edit_user_profile(suprsend_client *client, const suprsend_edit_user_profile_params *params,
                                           const suprsend_edit_user_profile_request *body,
                                           suprsend_edit_user_profile_response **out, suprsend_error *err);
/** Descriptor of suprsend_edit_user_profile(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_edit_user_profile_op;

/**
 * Completion of suprsend_edit_user_profile_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_edit_user_profile_async()
 * @param rc 0, or what suprsend_edit_user_profile() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_edit_user_profile()'s out would receive, owned by the
 * callback (suprsend_edit_user_profile_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_edit_user_profile() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_edit_user_profile_callback)(void *user_data, int rc,
                                                    suprsend_edit_user_profile_response *result, suprsend_error *err);

/**
 * Edit User Profile
 *
 * Asynchronous form of suprsend_edit_user_profile(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_edit_user_profile() would
 * return; the result is the callback's to free.
 *
 * `PATCH /v1/user/{distinct_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_edit_user_profile(); read before this returns
 * @param body request body, as for suprsend_edit_user_profile(); read before this returns
 * @param callback called with the outcome (see suprsend_edit_user_profile_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_edit_user_profile() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_edit_user_profile()
 */
APIC_EXPORT int suprsend_edit_user_profile_async(suprsend_client *client,
                                                 const suprsend_edit_user_profile_params *params,
                                                 const suprsend_edit_user_profile_request *body,
                                                 suprsend_edit_user_profile_callback callback, void *user_data,
                                                 apic_async_call **call, suprsend_error *err);

/**
 * List Users
 *
 * API to list cursor-based paginated list of users in your workspace.
 *
 * `GET /v1/user/`
 *
 * @param client a client from suprsend_client_new()
 * @param out receives the result on success (suprsend_list_users_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_list_users(suprsend_client *client, suprsend_list_users_response **out, suprsend_error *err);
/** Descriptor of suprsend_list_users(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_list_users_op;

/**
 * Completion of suprsend_list_users_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_list_users_async()
 * @param rc 0, or what suprsend_list_users() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_list_users()'s out would receive, owned by the callback
 * (suprsend_list_users_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_list_users() fills it; valid until the callback returns
 */
typedef void (*suprsend_list_users_callback)(void *user_data, int rc, suprsend_list_users_response *result,
                                             suprsend_error *err);

/**
 * List Users
 *
 * Asynchronous form of suprsend_list_users(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_list_users() would return; the
 * result is the callback's to free.
 *
 * `GET /v1/user/`
 *
 * @param client a client from suprsend_client_new()
 * @param callback called with the outcome (see suprsend_list_users_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_list_users() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_list_users()
 */
APIC_EXPORT int suprsend_list_users_async(suprsend_client *client, suprsend_list_users_callback callback,
                                          void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_merge_users(). Zero-initialise, then set what you need. */
typedef struct suprsend_merge_users_params {
    /**
     * Unique identifier of primary user
     * Required.
     */
    char *distinct_id;
} suprsend_merge_users_params;

/**
 * Merge User Profiles
 *
 * API to merge two user profiles to resolve duplicate user records.
 *
 * `POST /v1/user/{distinct_id}/merge/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: distinct_id
 * @param body request body: suprsend_merge_users_request, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_json_map_free() it), NULL otherwise; may be NULL to discard. 201 - Created
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_merge_users(suprsend_client *client, const suprsend_merge_users_params *params,
                                     const suprsend_merge_users_request *body, apic_json_map **out,
                                     suprsend_error *err);
/** Descriptor of suprsend_merge_users(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_merge_users_op;

/**
 * Completion of suprsend_merge_users_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_merge_users_async()
 * @param rc 0, or what suprsend_merge_users() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_merge_users()'s out would receive, owned by the callback
 * (suprsend_json_map_free() it); NULL otherwise
 * @param err the call's error, as suprsend_merge_users() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_merge_users_callback)(void *user_data, int rc, apic_json_map *result, suprsend_error *err);

/**
 * Merge User Profiles
 *
 * Asynchronous form of suprsend_merge_users(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_merge_users() would return; the
 * result is the callback's to free.
 *
 * `POST /v1/user/{distinct_id}/merge/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_merge_users(); read before this returns
 * @param body request body, as for suprsend_merge_users(); read before this returns
 * @param callback called with the outcome (see suprsend_merge_users_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_merge_users() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_merge_users()
 */
APIC_EXPORT int suprsend_merge_users_async(suprsend_client *client, const suprsend_merge_users_params *params,
                                           const suprsend_merge_users_request *body,
                                           suprsend_merge_users_callback callback, void *user_data,
                                           apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_fetch_user_object_subscriptions(). Zero-initialise, then set what you need. */
typedef struct suprsend_fetch_user_object_subscriptions_params {
    /**
     * Unique identifier of the user in your system
     * Required.
     */
    char *distinct_id;
    bool has_limit; /**< true when limit is set */
    /** number of results to be returned in API response */
    int32_t limit;
} suprsend_fetch_user_object_subscriptions_params;

/**
 * Fetch User object subscriptions
 *
 * API to fetch all objects that a given user is subscribed to.
 *
 * `GET /v1/user/{distinct_id}/subscribed_to/object/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: distinct_id
 * @param out receives the result on success (suprsend_fetch_user_object_subscriptions_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_fetch_user_object_subscriptions(suprsend_client *client,
                                                         const suprsend_fetch_user_object_subscriptions_params *params,
                                                         suprsend_fetch_user_object_subscriptions_response **out,
                                                         suprsend_error *err);
/** Descriptor of suprsend_fetch_user_object_subscriptions(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_fetch_user_object_subscriptions_op;

/**
 * Completion of suprsend_fetch_user_object_subscriptions_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to suprsend_fetch_user_object_subscriptions_async()
 * @param rc 0, or what suprsend_fetch_user_object_subscriptions() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_fetch_user_object_subscriptions()'s out would receive,
 * owned by the callback (suprsend_fetch_user_object_subscriptions_response_free() it); NULL
 * otherwise
 * @param err the call's error, as suprsend_fetch_user_object_subscriptions() fills it; valid until
 * the callback returns
 */
typedef void (*suprsend_fetch_user_object_subscriptions_callback)(void *user_data, int rc,
                                                                  suprsend_fetch_user_object_subscriptions_response *result,
                                                                  suprsend_error *err);

/**
 * Fetch User object subscriptions
 *
 * Asynchronous form of suprsend_fetch_user_object_subscriptions(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_fetch_user_object_subscriptions() would return; the result is the callback's to free.
 *
 * `GET /v1/user/{distinct_id}/subscribed_to/object/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_fetch_user_object_subscriptions(); read before this
 * returns
 * @param callback called with the outcome (see suprsend_fetch_user_object_subscriptions_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_fetch_user_object_subscriptions()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_fetch_user_object_subscriptions()
 */
APIC_EXPORT int suprsend_fetch_user_object_subscriptions_async(suprsend_client *client,
                                                               const suprsend_fetch_user_object_subscriptions_params *params,
                                                               suprsend_fetch_user_object_subscriptions_callback callback,
                                                               void *user_data, apic_async_call **call,
                                                               suprsend_error *err);

/** Parameters of suprsend_fetch_user_list_subscriptions(). Zero-initialise, then set what you need. */
typedef struct suprsend_fetch_user_list_subscriptions_params {
    /**
     * Unique identifier of the user in your system
     * Required.
     */
    char *distinct_id;
    bool has_limit; /**< true when limit is set */
    /** number of results to be returned in API response */
    int32_t limit;
} suprsend_fetch_user_list_subscriptions_params;

/**
 * Fetch User list subscriptions
 *
 * API to retrieve all lists that a user is part of.
 *
 * `GET /v1/user/{distinct_id}/subscribed_to/list/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: distinct_id
 * @param out receives the result on success (suprsend_fetch_user_list_subscriptions_response_free() it), NULL otherwise; may be NULL to discard. 200 - OK
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_fetch_user_list_subscriptions(suprsend_client *client,
                                                       const suprsend_fetch_user_list_subscriptions_params *params,
                                                       suprsend_fetch_user_list_subscriptions_response **out,
                                                       suprsend_error *err);
/** Descriptor of suprsend_fetch_user_list_subscriptions(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_fetch_user_list_subscriptions_op;

/**
 * Completion of suprsend_fetch_user_list_subscriptions_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_fetch_user_list_subscriptions_async()
 * @param rc 0, or what suprsend_fetch_user_list_subscriptions() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_fetch_user_list_subscriptions()'s out would receive,
 * owned by the callback (suprsend_fetch_user_list_subscriptions_response_free() it); NULL
 * otherwise
 * @param err the call's error, as suprsend_fetch_user_list_subscriptions() fills it; valid until
 * the callback returns
 */
typedef void (*suprsend_fetch_user_list_subscriptions_callback)(void *user_data, int rc,
                                                                suprsend_fetch_user_list_subscriptions_response *result,
                                                                suprsend_error *err);

/**
 * Fetch User list subscriptions
 *
 * Asynchronous form of suprsend_fetch_user_list_subscriptions(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_fetch_user_list_subscriptions() would return; the result is the callback's to free.
 *
 * `GET /v1/user/{distinct_id}/subscribed_to/list/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_fetch_user_list_subscriptions(); read before this
 * returns
 * @param callback called with the outcome (see suprsend_fetch_user_list_subscriptions_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_fetch_user_list_subscriptions()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_fetch_user_list_subscriptions()
 */
APIC_EXPORT int suprsend_fetch_user_list_subscriptions_async(suprsend_client *client,
                                                             const suprsend_fetch_user_list_subscriptions_params *params,
                                                             suprsend_fetch_user_list_subscriptions_callback callback,
                                                             void *user_data, apic_async_call **call,
                                                             suprsend_error *err);

/** Parameters of suprsend_fetch_object_subscriptions(). Zero-initialise, then set what you need. */
typedef struct suprsend_fetch_object_subscriptions_params {
    /**
     * Unique identifier of the object in your system
     * Required.
     */
    char *id;
    /**
     * Used to group similar objects together. Give plural namespace like teams, organizations, and
     * roles.
     * Required.
     */
    char *object_type;
    /**
     * number of results to be returned in API response
     * Required.
     */
    int32_t limit;
    /**
     * Format: int32.
     * Required.
     */
    int32_t after;
} suprsend_fetch_object_subscriptions_params;

/**
 * Fetch Object subscriptions
 *
 * API to fetch a paginated list of all parent objects that the given child object is subscribed
 * to.
 *
 * `GET /v1/object/{object_type}/{id}/subscribed_to/object/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: id, object_type, limit, after
 * @param out receives the result on success (suprsend_fetch_object_subscriptions_response_free() it), NULL otherwise; may be NULL to discard. 200
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_fetch_object_subscriptions(suprsend_client *client,
                                                    const suprsend_fetch_object_subscriptions_params *params,
                                                    suprsend_fetch_object_subscriptions_response **out,
                                                    suprsend_error *err);
/** Descriptor of suprsend_fetch_object_subscriptions(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_fetch_object_subscriptions_op;

/**
 * Completion of suprsend_fetch_object_subscriptions_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_fetch_object_subscriptions_async()
 * @param rc 0, or what suprsend_fetch_object_subscriptions() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_fetch_object_subscriptions()'s out would receive, owned
 * by the callback (suprsend_fetch_object_subscriptions_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_fetch_object_subscriptions() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_fetch_object_subscriptions_callback)(void *user_data, int rc,
                                                             suprsend_fetch_object_subscriptions_response *result,
                                                             suprsend_error *err);

/**
 * Fetch Object subscriptions
 *
 * Asynchronous form of suprsend_fetch_object_subscriptions(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_fetch_object_subscriptions() would return; the result is the callback's to free.
 *
 * `GET /v1/object/{object_type}/{id}/subscribed_to/object/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_fetch_object_subscriptions(); read before this returns
 * @param callback called with the outcome (see suprsend_fetch_object_subscriptions_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_fetch_object_subscriptions() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_fetch_object_subscriptions()
 */
APIC_EXPORT int suprsend_fetch_object_subscriptions_async(suprsend_client *client,
                                                          const suprsend_fetch_object_subscriptions_params *params,
                                                          suprsend_fetch_object_subscriptions_callback callback,
                                                          void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_list_messages(). Zero-initialise, then set what you need. */
typedef struct suprsend_list_messages_params {
    bool has_limit; /**< true when limit is set */
    /** Maximum number of messages to return per page. Defaults to `10`, maximum is `1000`. */
    int64_t limit;
    /**
     * Cursor for forward pagination - pass the `meta.after` value from a previous response to fetch
     * the next page of older messages. Treat this value as an opaque cursor - do not parse, validate,
     * or assume any format for it. **Takes precedence over `before` when both are set** (`before` is
     * silently ignored).
     */
    char *after;
    /**
     * Cursor for backward pagination - pass the `meta.before` value from a previous response to fetch
     * the previous page of newer messages. Treat this value as an opaque cursor - do not parse,
     * validate, or assume any format for it. Ignored when `after` is also set.
     */
    char *before;
    bool has_status; /**< true when status is set */
    /**
     * Filter by one or more derived statuses. Multiple values are OR-ed. Repeat the param for each
     * value, e.g. `?status[]=delivered&status[]=seen`.
     * JSON key: `status[]`.
     */
    suprsend_list_messages_status_item_array status;
    bool has_channel; /**< true when channel is set */
    /** Filter by delivery channel. */
    suprsend_list_messages_channel_val channel;
    bool has_recipient_id; /**< true when recipient_id is set */
    /**
     * Filter by one or more recipient `distinct_id`s (OR-ed). Repeat the param for each value, e.g.
     * `?recipient_id[]=user_123&recipient_id[]=user_456`.
     * JSON key: `recipient_id[]`.
     */
    apic_string_array recipient_id;
    bool has_category; /**< true when category is set */
    /**
     * Filter by one or more notification categories (OR-ed). Repeat the param for each value, e.g.
     * `?category[]=transactional&category[]=promotional`.
     * JSON key: `category[]`.
     */
    apic_string_array category;
    /**
     * RFC3339 timestamp lower bound (inclusive). Compared against the `created_at` column which has
     * **second precision** - sub-second components in the filter value are effectively truncated.
     * Example: `2026-04-26T21:34:33Z`.
     */
    char *created_at_gte;
    /**
     * RFC3339 timestamp upper bound (inclusive). Same second-precision caveat as `created_at_gte`.
     * Must be `>= created_at_gte` when both are set.
     */
    char *created_at_lte;
    /** Filter messages triggered from a specific workflow. */
    char *workflow_slug;
    /** Matches `wf_exec_id` or `broadcast_id`. */
    char *execution_id;
    /** Filter by the idempotency key associated with the message at trigger time. */
    char *idempotency_key;
    /** Exact match on message ID. */
    char *message_id;
    /** Filter messages belonging to a specific tenant. */
    char *tenant_id;
    bool has_is_campaign; /**< true when is_campaign is set */
    /** Set `true` to return only messages sent as part of a broadcast/campaign. */
    bool is_campaign;
    /**
     * Must be provided together with `object_type` to filter messages sent to an object. Will filter
     * all message logs which were sent to recipients after object fanout.
     */
    char *object_id;
    /**
     * Must be provided together with `object_id` to filter messages sent to an object. Will filter all
     * message logs which were sent to recipients after object fanout.
     */
    char *object_type;
} suprsend_list_messages_params;

/**
 * List Messages
 *
 * Retrieve a paginated list of messages in a workspace order by created_at desc. Can be used to
 * fetch and show message logs on the platform.
 *
 * Paginated ('meta.after' as 'after'): the `_iter_new()`, `_iter_next()` and `_iter_free()`
 * functions beside this one go through every item, asking for pages as they are needed.
 *
 * `GET /v1/message/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (suprsend_list_messages_response_free() it), NULL otherwise; may be NULL to discard. Returns the paginated list of messages order by created_at desc.
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_list_messages(suprsend_client *client, const suprsend_list_messages_params *params,
                                       suprsend_list_messages_response **out, suprsend_error *err);
/** Descriptor of suprsend_list_messages(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_list_messages_op;

/**
 * Completion of suprsend_list_messages_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_list_messages_async()
 * @param rc 0, or what suprsend_list_messages() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_list_messages()'s out would receive, owned by the
 * callback (suprsend_list_messages_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_list_messages() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_list_messages_callback)(void *user_data, int rc, suprsend_list_messages_response *result,
                                                suprsend_error *err);

/**
 * List Messages
 *
 * Asynchronous form of suprsend_list_messages(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_list_messages() would return; the
 * result is the callback's to free.
 *
 * `GET /v1/message/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_list_messages(); read before this returns
 * @param callback called with the outcome (see suprsend_list_messages_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_list_messages() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_list_messages()
 */
APIC_EXPORT int suprsend_list_messages_async(suprsend_client *client, const suprsend_list_messages_params *params,
                                             suprsend_list_messages_callback callback, void *user_data,
                                             apic_async_call **call, suprsend_error *err);

/** Iteration over every item of suprsend_list_messages(), page after page (apic/pager.h). */
typedef struct apic_pager suprsend_list_messages_iter;
/**
 * Starts iterating: nothing is sent before the first suprsend_list_messages_iter_next(). params is copied
 * shallowly: what it points to must stay valid until suprsend_list_messages_iter_free(); the cursor it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int suprsend_list_messages_iter_new(suprsend_client *client, const suprsend_list_messages_params *params,
                                                suprsend_list_messages_iter **out, suprsend_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or suprsend_list_messages_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int suprsend_list_messages_iter_next(suprsend_list_messages_iter *it,
                                                 const suprsend_message_response **item, suprsend_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void suprsend_list_messages_iter_free(suprsend_list_messages_iter *it);

/**
 * Bulk Update Message Status
 *
 * Change the status of messages by passing their id and notification action.
 *
 * `PATCH /v1/bulk/message/`
 *
 * @param client a client from suprsend_client_new()
 * @param body request body: suprsend_bulk_update_messages_request, sent as JSON; required
 * @param out receives the result on success (suprsend_bulk_update_messages_response_free() it), NULL otherwise; may be NULL to discard. Bulk update accepted. Inspect each record's `status_code` and `error` for individual outcomes - a `null` `error` means success.
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_bulk_update_messages(suprsend_client *client,
                                              const suprsend_bulk_update_messages_request *body,
                                              suprsend_bulk_update_messages_response **out, suprsend_error *err);
/** Descriptor of suprsend_bulk_update_messages(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_bulk_update_messages_op;

/**
 * Completion of suprsend_bulk_update_messages_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_bulk_update_messages_async()
 * @param rc 0, or what suprsend_bulk_update_messages() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_bulk_update_messages()'s out would receive, owned by the
 * callback (suprsend_bulk_update_messages_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_bulk_update_messages() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_bulk_update_messages_callback)(void *user_data, int rc,
                                                       suprsend_bulk_update_messages_response *result,
                                                       suprsend_error *err);

/**
 * Bulk Update Message Status
 *
 * Asynchronous form of suprsend_bulk_update_messages(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what suprsend_bulk_update_messages()
 * would return; the result is the callback's to free.
 *
 * `PATCH /v1/bulk/message/`
 *
 * @param client a client from suprsend_client_new()
 * @param body request body, as for suprsend_bulk_update_messages(); read before this returns
 * @param callback called with the outcome (see suprsend_bulk_update_messages_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_bulk_update_messages() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_bulk_update_messages()
 */
APIC_EXPORT int suprsend_bulk_update_messages_async(suprsend_client *client,
                                                    const suprsend_bulk_update_messages_request *body,
                                                    suprsend_bulk_update_messages_callback callback, void *user_data,
                                                    apic_async_call **call, suprsend_error *err);

/**
 * List Workspaces
 *
 * List all workspaces available in your account.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `GET /v1/workspace/`
 *
 * @param client a client from suprsend_client_new()
 * @param out receives the result on success (suprsend_management_workspace_list_response_free() it), NULL otherwise; may be NULL to discard. Successfully retrieved workspaces.
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_list_workspaces(suprsend_client *client, suprsend_management_workspace_list_response **out,
                                         suprsend_error *err);
/** Descriptor of suprsend_list_workspaces(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_list_workspaces_op;

/**
 * Completion of suprsend_list_workspaces_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_list_workspaces_async()
 * @param rc 0, or what suprsend_list_workspaces() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_list_workspaces()'s out would receive, owned by the
 * callback (suprsend_management_workspace_list_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_list_workspaces() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_list_workspaces_callback)(void *user_data, int rc,
                                                  suprsend_management_workspace_list_response *result,
                                                  suprsend_error *err);

/**
 * List Workspaces
 *
 * Asynchronous form of suprsend_list_workspaces(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_list_workspaces() would
 * return; the result is the callback's to free.
 *
 * `GET /v1/workspace/`
 *
 * @param client a client from suprsend_client_new()
 * @param callback called with the outcome (see suprsend_list_workspaces_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_list_workspaces() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_list_workspaces()
 */
APIC_EXPORT int suprsend_list_workspaces_async(suprsend_client *client, suprsend_list_workspaces_callback callback,
                                               void *user_data, apic_async_call **call, suprsend_error *err);

/**
 * Create Workspace
 *
 * Create a new workspace in your account.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `POST /v1/workspace/`
 *
 * @param client a client from suprsend_client_new()
 * @param body request body: suprsend_workspace_create_request, sent as JSON; required
 * @param out receives the result on success (suprsend_management_workspace_list_response_free() it), NULL otherwise; may be NULL to discard. Workspace created. Response returns the updated paginated list of workspaces in the account.
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_create_workspace(suprsend_client *client, const suprsend_workspace_create_request *body,
                                          suprsend_management_workspace_list_response **out, suprsend_error *err);
/** Descriptor of suprsend_create_workspace(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_create_workspace_op;

/**
 * Completion of suprsend_create_workspace_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_create_workspace_async()
 * @param rc 0, or what suprsend_create_workspace() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_create_workspace()'s out would receive, owned by the
 * callback (suprsend_management_workspace_list_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_create_workspace() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_create_workspace_callback)(void *user_data, int rc,
                                                   suprsend_management_workspace_list_response *result,
                                                   suprsend_error *err);

/**
 * Create Workspace
 *
 * Asynchronous form of suprsend_create_workspace(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_create_workspace() would
 * return; the result is the callback's to free.
 *
 * `POST /v1/workspace/`
 *
 * @param client a client from suprsend_client_new()
 * @param body request body, as for suprsend_create_workspace(); read before this returns
 * @param callback called with the outcome (see suprsend_create_workspace_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_create_workspace() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_create_workspace()
 */
APIC_EXPORT int suprsend_create_workspace_async(suprsend_client *client, const suprsend_workspace_create_request *body,
                                                suprsend_create_workspace_callback callback, void *user_data,
                                                apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_list_workspace_api_keys(). Zero-initialise, then set what you need. */
typedef struct suprsend_list_workspace_api_keys_params {
    /**
     * Workspace slug (e.g. `staging`, `production`).
     * Required.
     */
    char *workspace;
} suprsend_list_workspace_api_keys_params;

/**
 * List Workspace API Keys
 *
 * List API keys scoped to a workspace. Secret values are never returned on list; only a masked
 * preview is shown.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `GET /v1/{workspace}/ws_api_key/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace
 * @param out receives the result on success (suprsend_management_workspace_api_key_list_response_free() it), NULL otherwise; may be NULL to discard. Successfully retrieved API keys.
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_list_workspace_api_keys(suprsend_client *client,
                                                 const suprsend_list_workspace_api_keys_params *params,
                                                 suprsend_management_workspace_api_key_list_response **out,
                                                 suprsend_error *err);
/** Descriptor of suprsend_list_workspace_api_keys(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_list_workspace_api_keys_op;

/**
 * Completion of suprsend_list_workspace_api_keys_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_list_workspace_api_keys_async()
 * @param rc 0, or what suprsend_list_workspace_api_keys() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_list_workspace_api_keys()'s out would receive, owned by
 * the callback (suprsend_management_workspace_api_key_list_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_list_workspace_api_keys() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_list_workspace_api_keys_callback)(void *user_data, int rc,
                                                          suprsend_management_workspace_api_key_list_response *result,
                                                          suprsend_error *err);

/**
 * List Workspace API Keys
 *
 * Asynchronous form of suprsend_list_workspace_api_keys(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_list_workspace_api_keys() would return; the result is the callback's to free.
 *
 * `GET /v1/{workspace}/ws_api_key/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_list_workspace_api_keys(); read before this returns
 * @param callback called with the outcome (see suprsend_list_workspace_api_keys_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_list_workspace_api_keys() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_list_workspace_api_keys()
 */
APIC_EXPORT int suprsend_list_workspace_api_keys_async(suprsend_client *client,
                                                       const suprsend_list_workspace_api_keys_params *params,
                                                       suprsend_list_workspace_api_keys_callback callback,
                                                       void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_create_workspace_api_key(). Zero-initialise, then set what you need. */
typedef struct suprsend_create_workspace_api_key_params {
    /**
     * Workspace slug (e.g. `staging`, `production`).
     * Required.
     */
    char *workspace;
} suprsend_create_workspace_api_key_params;

/**
 * Create Workspace API Key
 *
 * Create a new API key scoped to this workspace.
 *
 * The full `api_key` secret is returned **only once** in the create response. Store it securely -
 * it cannot be retrieved later.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `POST /v1/{workspace}/ws_api_key/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace
 * @param body request body: suprsend_workspace_api_key_create_request, sent as JSON; required
 * @param out receives the result on success (suprsend_management_workspace_api_key_create_response_free() it), NULL otherwise; may be NULL to discard. API key created. `api_key` is returned only once - store it securely.
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_create_workspace_api_key(suprsend_client *client,
                                                  const suprsend_create_workspace_api_key_params *params,
                                                  const suprsend_workspace_api_key_create_request *body,
                                                  suprsend_management_workspace_api_key_create_response **out,
                                                  suprsend_error *err);
/** Descriptor of suprsend_create_workspace_api_key(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_create_workspace_api_key_op;

/**
 * Completion of suprsend_create_workspace_api_key_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_create_workspace_api_key_async()
 * @param rc 0, or what suprsend_create_workspace_api_key() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_create_workspace_api_key()'s out would receive, owned by
 * the callback (suprsend_management_workspace_api_key_create_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_create_workspace_api_key() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_create_workspace_api_key_callback)(void *user_data, int rc,
                                                           suprsend_management_workspace_api_key_create_response *result,
                                                           suprsend_error *err);

/**
 * Create Workspace API Key
 *
 * Asynchronous form of suprsend_create_workspace_api_key(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_create_workspace_api_key() would return; the result is the callback's to free.
 *
 * `POST /v1/{workspace}/ws_api_key/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_create_workspace_api_key(); read before this returns
 * @param body request body, as for suprsend_create_workspace_api_key(); read before this returns
 * @param callback called with the outcome (see suprsend_create_workspace_api_key_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_create_workspace_api_key() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_create_workspace_api_key()
 */
APIC_EXPORT int suprsend_create_workspace_api_key_async(suprsend_client *client,
                                                        const suprsend_create_workspace_api_key_params *params,
                                                        const suprsend_workspace_api_key_create_request *body,
                                                        suprsend_create_workspace_api_key_callback callback,
                                                        void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_disable_workspace_api_key(). Zero-initialise, then set what you need. */
typedef struct suprsend_disable_workspace_api_key_params {
    /**
     * Workspace slug (e.g. `staging`, `production`).
     * Required.
     */
    char *workspace;
    /**
     * API key identifier (e.g. `ws_apik_...`).
     * Required.
     */
    char *api_key_id;
} suprsend_disable_workspace_api_key_params;

/**
 * Delete API Key
 *
 * Delete an API key by its `id` (e.g. `ws_apik_...`). Once disabled, the key can no longer
 * authenticate requests.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `DELETE /v1/{workspace}/ws_api_key/{api_key_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, api_key_id
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_disable_workspace_api_key(suprsend_client *client,
                                                   const suprsend_disable_workspace_api_key_params *params,
                                                   suprsend_error *err);
/** Descriptor of suprsend_disable_workspace_api_key(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_disable_workspace_api_key_op;

/**
 * Completion of suprsend_disable_workspace_api_key_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_disable_workspace_api_key_async()
 * @param rc 0, or what suprsend_disable_workspace_api_key() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param err the call's error, as suprsend_disable_workspace_api_key() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_disable_workspace_api_key_callback)(void *user_data, int rc, suprsend_error *err);

/**
 * Delete API Key
 *
 * Asynchronous form of suprsend_disable_workspace_api_key(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_disable_workspace_api_key() would return.
 *
 * `DELETE /v1/{workspace}/ws_api_key/{api_key_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_disable_workspace_api_key(); read before this returns
 * @param callback called with the outcome (see suprsend_disable_workspace_api_key_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_disable_workspace_api_key() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_disable_workspace_api_key()
 */
APIC_EXPORT int suprsend_disable_workspace_api_key_async(suprsend_client *client,
                                                         const suprsend_disable_workspace_api_key_params *params,
                                                         suprsend_disable_workspace_api_key_callback callback,
                                                         void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_list_workspace_public_keys(). Zero-initialise, then set what you need. */
typedef struct suprsend_list_workspace_public_keys_params {
    /**
     * Workspace slug (e.g. `staging`, `production`).
     * Required.
     */
    char *workspace;
} suprsend_list_workspace_public_keys_params;

/**
 * List Workspace Public Keys
 *
 * List public keys for this workspace. Public keys are used by client-side SDKs.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `GET /v1/{workspace}/ws_public_key/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace
 * @param out receives the result on success (suprsend_management_workspace_public_key_list_response_free() it), NULL otherwise; may be NULL to discard. Successfully retrieved public keys.
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_list_workspace_public_keys(suprsend_client *client,
                                                    const suprsend_list_workspace_public_keys_params *params,
                                                    suprsend_management_workspace_public_key_list_response **out,
                                                    suprsend_error *err);
/** Descriptor of suprsend_list_workspace_public_keys(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_list_workspace_public_keys_op;

/**
 * Completion of suprsend_list_workspace_public_keys_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_list_workspace_public_keys_async()
 * @param rc 0, or what suprsend_list_workspace_public_keys() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_list_workspace_public_keys()'s out would receive, owned
 * by the callback (suprsend_management_workspace_public_key_list_response_free() it); NULL
 * otherwise
 * @param err the call's error, as suprsend_list_workspace_public_keys() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_list_workspace_public_keys_callback)(void *user_data, int rc,
                                                             suprsend_management_workspace_public_key_list_response *result,
                                                             suprsend_error *err);

/**
 * List Workspace Public Keys
 *
 * Asynchronous form of suprsend_list_workspace_public_keys(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_list_workspace_public_keys() would return; the result is the callback's to free.
 *
 * `GET /v1/{workspace}/ws_public_key/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_list_workspace_public_keys(); read before this returns
 * @param callback called with the outcome (see suprsend_list_workspace_public_keys_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_list_workspace_public_keys() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_list_workspace_public_keys()
 */
APIC_EXPORT int suprsend_list_workspace_public_keys_async(suprsend_client *client,
                                                          const suprsend_list_workspace_public_keys_params *params,
                                                          suprsend_list_workspace_public_keys_callback callback,
                                                          void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_create_workspace_public_key(). Zero-initialise, then set what you need. */
typedef struct suprsend_create_workspace_public_key_params {
    /**
     * Workspace slug (e.g. `staging`, `production`).
     * Required.
     */
    char *workspace;
} suprsend_create_workspace_public_key_params;

/**
 * Create Workspace Public Key
 *
 * Create a new public key for this workspace. Public keys can be safely distributed to client
 * SDKs.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `POST /v1/{workspace}/ws_public_key/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace
 * @param body request body: suprsend_workspace_public_key_create_request, sent as JSON; required
 * @param out receives the result on success (suprsend_management_workspace_public_key_free() it), NULL otherwise; may be NULL to discard. Public key created.
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_create_workspace_public_key(suprsend_client *client,
                                                     const suprsend_create_workspace_public_key_params *params,
                                                     const suprsend_workspace_public_key_create_request *body,
                                                     suprsend_management_workspace_public_key **out,
                                                     suprsend_error *err);
/** Descriptor of suprsend_create_workspace_public_key(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_create_workspace_public_key_op;

/**
 * Completion of suprsend_create_workspace_public_key_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_create_workspace_public_key_async()
 * @param rc 0, or what suprsend_create_workspace_public_key() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_create_workspace_public_key()'s out would receive, owned
 * by the callback (suprsend_management_workspace_public_key_free() it); NULL otherwise
 * @param err the call's error, as suprsend_create_workspace_public_key() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_create_workspace_public_key_callback)(void *user_data, int rc,
                                                              suprsend_management_workspace_public_key *result,
                                                              suprsend_error *err);

/**
 * Create Workspace Public Key
 *
 * Asynchronous form of suprsend_create_workspace_public_key(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_create_workspace_public_key() would return; the result is the callback's to free.
 *
 * `POST /v1/{workspace}/ws_public_key/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_create_workspace_public_key(); read before this
 * returns
 * @param body request body, as for suprsend_create_workspace_public_key(); read before this
 * returns
 * @param callback called with the outcome (see suprsend_create_workspace_public_key_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_create_workspace_public_key()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_create_workspace_public_key()
 */
APIC_EXPORT int suprsend_create_workspace_public_key_async(suprsend_client *client,
                                                           const suprsend_create_workspace_public_key_params *params,
                                                           const suprsend_workspace_public_key_create_request *body,
                                                           suprsend_create_workspace_public_key_callback callback,
                                                           void *user_data, apic_async_call **call,
                                                           suprsend_error *err);

/** Parameters of suprsend_delete_workspace_public_key(). Zero-initialise, then set what you need. */
typedef struct suprsend_delete_workspace_public_key_params {
    /**
     * Workspace slug (e.g. `staging`, `production`).
     * Required.
     */
    char *workspace;
    /**
     * Public key identifier (e.g. `ws_pubk_...`).
     * Required.
     */
    char *public_key_id;
} suprsend_delete_workspace_public_key_params;

/**
 * Delete Workspace Public Key
 *
 * Delete a public key by its `id`.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `DELETE /v1/{workspace}/ws_public_key/{public_key_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, public_key_id
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_delete_workspace_public_key(suprsend_client *client,
                                                     const suprsend_delete_workspace_public_key_params *params,
                                                     suprsend_error *err);
/** Descriptor of suprsend_delete_workspace_public_key(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_delete_workspace_public_key_op;

/**
 * Completion of suprsend_delete_workspace_public_key_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_delete_workspace_public_key_async()
 * @param rc 0, or what suprsend_delete_workspace_public_key() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param err the call's error, as suprsend_delete_workspace_public_key() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_delete_workspace_public_key_callback)(void *user_data, int rc, suprsend_error *err);

/**
 * Delete Workspace Public Key
 *
 * Asynchronous form of suprsend_delete_workspace_public_key(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_delete_workspace_public_key() would return.
 *
 * `DELETE /v1/{workspace}/ws_public_key/{public_key_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_delete_workspace_public_key(); read before this
 * returns
 * @param callback called with the outcome (see suprsend_delete_workspace_public_key_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_delete_workspace_public_key()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_delete_workspace_public_key()
 */
APIC_EXPORT int suprsend_delete_workspace_public_key_async(suprsend_client *client,
                                                           const suprsend_delete_workspace_public_key_params *params,
                                                           suprsend_delete_workspace_public_key_callback callback,
                                                           void *user_data, apic_async_call **call,
                                                           suprsend_error *err);

/** Parameters of suprsend_patch_workspace_public_key(). Zero-initialise, then set what you need. */
typedef struct suprsend_patch_workspace_public_key_params {
    /**
     * Workspace slug (e.g. `staging`, `production`).
     * Required.
     */
    char *workspace;
    /**
     * Public key identifier (e.g. `ws_pubk_...`).
     * Required.
     */
    char *public_key_id;
} suprsend_patch_workspace_public_key_params;

/**
 * Enable/Disable Secure Mode on Public Key
 *
 * Enable or disable secure mode on an existing public key (e.g. `ws_pubk_...`).
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `PATCH /v1/{workspace}/ws_public_key/{public_key_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, public_key_id
 * @param body request body: suprsend_workspace_public_key_patch_request, sent as JSON; required
 * @param out receives the result on success (suprsend_management_workspace_public_key_free() it), NULL otherwise; may be NULL to discard. Secure mode update accepted.
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_patch_workspace_public_key(suprsend_client *client,
                                                    const suprsend_patch_workspace_public_key_params *params,
                                                    const suprsend_workspace_public_key_patch_request *body,
                                                    suprsend_management_workspace_public_key **out,
                                                    suprsend_error *err);
/** Descriptor of suprsend_patch_workspace_public_key(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_patch_workspace_public_key_op;

/**
 * Completion of suprsend_patch_workspace_public_key_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_patch_workspace_public_key_async()
 * @param rc 0, or what suprsend_patch_workspace_public_key() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_patch_workspace_public_key()'s out would receive, owned
 * by the callback (suprsend_management_workspace_public_key_free() it); NULL otherwise
 * @param err the call's error, as suprsend_patch_workspace_public_key() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_patch_workspace_public_key_callback)(void *user_data, int rc,
                                                             suprsend_management_workspace_public_key *result,
                                                             suprsend_error *err);

/**
 * Enable/Disable Secure Mode on Public Key
 *
 * Asynchronous form of suprsend_patch_workspace_public_key(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_patch_workspace_public_key() would return; the result is the callback's to free.
 *
 * `PATCH /v1/{workspace}/ws_public_key/{public_key_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_patch_workspace_public_key(); read before this returns
 * @param body request body, as for suprsend_patch_workspace_public_key(); read before this returns
 * @param callback called with the outcome (see suprsend_patch_workspace_public_key_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_patch_workspace_public_key() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_patch_workspace_public_key()
 */
APIC_EXPORT int suprsend_patch_workspace_public_key_async(suprsend_client *client,
                                                          const suprsend_patch_workspace_public_key_params *params,
                                                          const suprsend_workspace_public_key_patch_request *body,
                                                          suprsend_patch_workspace_public_key_callback callback,
                                                          void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_rotate_workspace_public_key(). Zero-initialise, then set what you need. */
typedef struct suprsend_rotate_workspace_public_key_params {
    /**
     * Workspace slug (e.g. `staging`, `production`).
     * Required.
     */
    char *workspace;
    /**
     * Public key identifier (e.g. `ws_pubk_...`).
     * Required.
     */
    char *public_key_id;
} suprsend_rotate_workspace_public_key_params;

/**
 * Rotate Workspace Public Key
 *
 * Rotate public key material while keeping the same logical key record. Clients using the old
 * material must switch to the new value.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `PATCH /v1/{workspace}/ws_public_key/{public_key_id}/rotate/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, public_key_id
 * @param out receives the result on success (suprsend_management_workspace_public_key_free() it), NULL otherwise; may be NULL to discard. Public key rotation accepted.
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_rotate_workspace_public_key(suprsend_client *client,
                                                     const suprsend_rotate_workspace_public_key_params *params,
                                                     suprsend_management_workspace_public_key **out,
                                                     suprsend_error *err);
/** Descriptor of suprsend_rotate_workspace_public_key(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_rotate_workspace_public_key_op;

/**
 * Completion of suprsend_rotate_workspace_public_key_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_rotate_workspace_public_key_async()
 * @param rc 0, or what suprsend_rotate_workspace_public_key() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_rotate_workspace_public_key()'s out would receive, owned
 * by the callback (suprsend_management_workspace_public_key_free() it); NULL otherwise
 * @param err the call's error, as suprsend_rotate_workspace_public_key() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_rotate_workspace_public_key_callback)(void *user_data, int rc,
                                                              suprsend_management_workspace_public_key *result,
                                                              suprsend_error *err);

/**
 * Rotate Workspace Public Key
 *
 * Asynchronous form of suprsend_rotate_workspace_public_key(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_rotate_workspace_public_key() would return; the result is the callback's to free.
 *
 * `PATCH /v1/{workspace}/ws_public_key/{public_key_id}/rotate/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_rotate_workspace_public_key(); read before this
 * returns
 * @param callback called with the outcome (see suprsend_rotate_workspace_public_key_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_rotate_workspace_public_key()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_rotate_workspace_public_key()
 */
APIC_EXPORT int suprsend_rotate_workspace_public_key_async(suprsend_client *client,
                                                           const suprsend_rotate_workspace_public_key_params *params,
                                                           suprsend_rotate_workspace_public_key_callback callback,
                                                           void *user_data, apic_async_call **call,
                                                           suprsend_error *err);

/** Parameters of suprsend_list_workspace_signing_keys(). Zero-initialise, then set what you need. */
typedef struct suprsend_list_workspace_signing_keys_params {
    /**
     * Workspace slug (e.g. `staging`, `production`).
     * Required.
     */
    char *workspace;
} suprsend_list_workspace_signing_keys_params;

/**
 * List Workspace Signing Keys
 *
 * List signing keys for this workspace. Signing keys are used to verify signed payloads.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `GET /v1/{workspace}/ws_signing_key/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace
 * @param out receives the result on success (suprsend_management_workspace_signing_key_list_response_free() it), NULL otherwise; may be NULL to discard. Successfully retrieved signing keys.
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_list_workspace_signing_keys(suprsend_client *client,
                                                     const suprsend_list_workspace_signing_keys_params *params,
                                                     suprsend_management_workspace_signing_key_list_response **out,
                                                     suprsend_error *err);
/** Descriptor of suprsend_list_workspace_signing_keys(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_list_workspace_signing_keys_op;

/**
 * Completion of suprsend_list_workspace_signing_keys_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_list_workspace_signing_keys_async()
 * @param rc 0, or what suprsend_list_workspace_signing_keys() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_list_workspace_signing_keys()'s out would receive, owned
 * by the callback (suprsend_management_workspace_signing_key_list_response_free() it); NULL
 * otherwise
 * @param err the call's error, as suprsend_list_workspace_signing_keys() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_list_workspace_signing_keys_callback)(void *user_data, int rc,
                                                              suprsend_management_workspace_signing_key_list_response *result,
                                                              suprsend_error *err);

/**
 * List Workspace Signing Keys
 *
 * Asynchronous form of suprsend_list_workspace_signing_keys(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_list_workspace_signing_keys() would return; the result is the callback's to free.
 *
 * `GET /v1/{workspace}/ws_signing_key/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_list_workspace_signing_keys(); read before this
 * returns
 * @param callback called with the outcome (see suprsend_list_workspace_signing_keys_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_list_workspace_signing_keys()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_list_workspace_signing_keys()
 */
APIC_EXPORT int suprsend_list_workspace_signing_keys_async(suprsend_client *client,
                                                           const suprsend_list_workspace_signing_keys_params *params,
                                                           suprsend_list_workspace_signing_keys_callback callback,
                                                           void *user_data, apic_async_call **call,
                                                           suprsend_error *err);

/** Parameters of suprsend_create_workspace_signing_key(). Zero-initialise, then set what you need. */
typedef struct suprsend_create_workspace_signing_key_params {
    /**
     * Workspace slug (e.g. `staging`, `production`).
     * Required.
     */
    char *workspace;
} suprsend_create_workspace_signing_key_params;

/**
 * Create Workspace Signing Key
 *
 * Create a signing key for this workspace.
 *
 * The `private_key_pem` and `private_key_base64` fields are returned **only once** at creation.
 * Store them securely - they cannot be retrieved later.
 *
 * Only **one active** signing key is allowed per workspace. To replace an existing active key, use
 * the Roll Workspace Signing Key endpoint instead.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `POST /v1/{workspace}/ws_signing_key/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace
 * @param out receives the result on success (suprsend_management_workspace_signing_key_create_response_free() it), NULL otherwise; may be NULL to discard. Signing key created. Private key material is returned once in this response.
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_create_workspace_signing_key(suprsend_client *client,
                                                      const suprsend_create_workspace_signing_key_params *params,
                                                      suprsend_management_workspace_signing_key_create_response **out,
                                                      suprsend_error *err);
/** Descriptor of suprsend_create_workspace_signing_key(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_create_workspace_signing_key_op;

/**
 * Completion of suprsend_create_workspace_signing_key_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_create_workspace_signing_key_async()
 * @param rc 0, or what suprsend_create_workspace_signing_key() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_create_workspace_signing_key()'s out would receive, owned
 * by the callback (suprsend_management_workspace_signing_key_create_response_free() it); NULL
 * otherwise
 * @param err the call's error, as suprsend_create_workspace_signing_key() fills it; valid until
 * the callback returns
 */
typedef void (*suprsend_create_workspace_signing_key_callback)(void *user_data, int rc,
                                                               suprsend_management_workspace_signing_key_create_response *result,
                                                               suprsend_error *err);

/**
 * Create Workspace Signing Key
 *
 * Asynchronous form of suprsend_create_workspace_signing_key(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_create_workspace_signing_key() would return; the result is the callback's to free.
 *
 * `POST /v1/{workspace}/ws_signing_key/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_create_workspace_signing_key(); read before this
 * returns
 * @param callback called with the outcome (see suprsend_create_workspace_signing_key_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_create_workspace_signing_key()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_create_workspace_signing_key()
 */
APIC_EXPORT int suprsend_create_workspace_signing_key_async(suprsend_client *client,
                                                            const suprsend_create_workspace_signing_key_params *params,
                                                            suprsend_create_workspace_signing_key_callback callback,
                                                            void *user_data, apic_async_call **call,
                                                            suprsend_error *err);

/** Parameters of suprsend_delete_workspace_signing_key(). Zero-initialise, then set what you need. */
typedef struct suprsend_delete_workspace_signing_key_params {
    /**
     * Workspace slug (e.g. `staging`, `production`).
     * Required.
     */
    char *workspace;
    /**
     * Signing key `uid` (e.g. `signing_key_...`).
     * Required.
     */
    char *signing_key_uid;
} suprsend_delete_workspace_signing_key_params;

/**
 * Delete Workspace Signing Key
 *
 * Delete a signing key by its `uid` (e.g. `signing_key_20260421T123746`).
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `DELETE /v1/{workspace}/ws_signing_key/{signing_key_uid}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, signing_key_uid
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_delete_workspace_signing_key(suprsend_client *client,
                                                      const suprsend_delete_workspace_signing_key_params *params,
                                                      suprsend_error *err);
/** Descriptor of suprsend_delete_workspace_signing_key(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_delete_workspace_signing_key_op;

/**
 * Completion of suprsend_delete_workspace_signing_key_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_delete_workspace_signing_key_async()
 * @param rc 0, or what suprsend_delete_workspace_signing_key() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param err the call's error, as suprsend_delete_workspace_signing_key() fills it; valid until
 * the callback returns
 */
typedef void (*suprsend_delete_workspace_signing_key_callback)(void *user_data, int rc, suprsend_error *err);

/**
 * Delete Workspace Signing Key
 *
 * Asynchronous form of suprsend_delete_workspace_signing_key(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_delete_workspace_signing_key() would return.
 *
 * `DELETE /v1/{workspace}/ws_signing_key/{signing_key_uid}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_delete_workspace_signing_key(); read before this
 * returns
 * @param callback called with the outcome (see suprsend_delete_workspace_signing_key_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_delete_workspace_signing_key()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_delete_workspace_signing_key()
 */
APIC_EXPORT int suprsend_delete_workspace_signing_key_async(suprsend_client *client,
                                                            const suprsend_delete_workspace_signing_key_params *params,
                                                            suprsend_delete_workspace_signing_key_callback callback,
                                                            void *user_data, apic_async_call **call,
                                                            suprsend_error *err);

/** Parameters of suprsend_roll_workspace_signing_key(). Zero-initialise, then set what you need. */
typedef struct suprsend_roll_workspace_signing_key_params {
    /**
     * Workspace slug (e.g. `staging`, `production`).
     * Required.
     */
    char *workspace;
    /**
     * Signing key `uid` to roll (e.g. `signing_key_...`).
     * Required.
     */
    char *signing_key_uid;
} suprsend_roll_workspace_signing_key_params;

/**
 * Roll Workspace Signing Key
 *
 * Roll a signing key. Generates a new signing key that replaces the existing active key. The
 * previous key is marked `rolled`.
 *
 * The new `private_key_pem` and `private_key_base64` are returned **only once** in this response -
 * store them securely.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `POST /v1/{workspace}/ws_signing_key/{signing_key_uid}/roll/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, signing_key_uid
 * @param out receives the result on success (suprsend_management_workspace_signing_key_create_response_free() it), NULL otherwise; may be NULL to discard. Signing key rolled. A new signing key is created and its private key material is returned once.
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_roll_workspace_signing_key(suprsend_client *client,
                                                    const suprsend_roll_workspace_signing_key_params *params,
                                                    suprsend_management_workspace_signing_key_create_response **out,
                                                    suprsend_error *err);
/** Descriptor of suprsend_roll_workspace_signing_key(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_roll_workspace_signing_key_op;

/**
 * Completion of suprsend_roll_workspace_signing_key_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_roll_workspace_signing_key_async()
 * @param rc 0, or what suprsend_roll_workspace_signing_key() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_roll_workspace_signing_key()'s out would receive, owned
 * by the callback (suprsend_management_workspace_signing_key_create_response_free() it); NULL
 * otherwise
 * @param err the call's error, as suprsend_roll_workspace_signing_key() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_roll_workspace_signing_key_callback)(void *user_data, int rc,
                                                             suprsend_management_workspace_signing_key_create_response *result,
                                                             suprsend_error *err);

/**
 * Roll Workspace Signing Key
 *
 * Asynchronous form of suprsend_roll_workspace_signing_key(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_roll_workspace_signing_key() would return; the result is the callback's to free.
 *
 * `POST /v1/{workspace}/ws_signing_key/{signing_key_uid}/roll/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_roll_workspace_signing_key(); read before this returns
 * @param callback called with the outcome (see suprsend_roll_workspace_signing_key_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_roll_workspace_signing_key() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_roll_workspace_signing_key()
 */
APIC_EXPORT int suprsend_roll_workspace_signing_key_async(suprsend_client *client,
                                                          const suprsend_roll_workspace_signing_key_params *params,
                                                          suprsend_roll_workspace_signing_key_callback callback,
                                                          void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_list_workflows(). Zero-initialise, then set what you need. */
typedef struct suprsend_list_workflows_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Required.
     */
    char *workspace;
    bool has_mode; /**< true when mode is set */
    /** Mode to filter workflows (draft or live). By default, draft workflows are returned. */
    suprsend_list_workflows_mode_val mode;
    /** Comma-separated list of workflow slugs to filter. This can be used to filter workflows by slug. */
    char *slugs;
} suprsend_list_workflows_params;

/**
 * List Workflows
 *
 * Retrieve a list of workflows in a workspace.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `GET /v1/{workspace}/workflow/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace
 * @param out receives the result on success (suprsend_list_workflows_response_free() it), NULL otherwise; may be NULL to discard. Successfully retrieved list of workflows
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_list_workflows(suprsend_client *client, const suprsend_list_workflows_params *params,
                                        suprsend_list_workflows_response **out, suprsend_error *err);
/** Descriptor of suprsend_list_workflows(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_list_workflows_op;

/**
 * Completion of suprsend_list_workflows_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_list_workflows_async()
 * @param rc 0, or what suprsend_list_workflows() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_list_workflows()'s out would receive, owned by the
 * callback (suprsend_list_workflows_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_list_workflows() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_list_workflows_callback)(void *user_data, int rc, suprsend_list_workflows_response *result,
                                                 suprsend_error *err);

/**
 * List Workflows
 *
 * Asynchronous form of suprsend_list_workflows(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_list_workflows() would return;
 * the result is the callback's to free.
 *
 * `GET /v1/{workspace}/workflow/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_list_workflows(); read before this returns
 * @param callback called with the outcome (see suprsend_list_workflows_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_list_workflows() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_list_workflows()
 */
APIC_EXPORT int suprsend_list_workflows_async(suprsend_client *client, const suprsend_list_workflows_params *params,
                                              suprsend_list_workflows_callback callback, void *user_data,
                                              apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_get_workflow(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_workflow_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Required.
     */
    char *workspace;
    /**
     * Unique identifier of the workflow. You can get it from workflow settings.
     * Required.
     */
    char *slug;
    bool has_mode; /**< true when mode is set */
    /** Which workflow version to fetch (draft or live). By default, draft version is returned. */
    suprsend_get_workflow_mode_val mode;
} suprsend_get_workflow_params;

/**
 * Get Workflow Details
 *
 * Fetch workflow corresponding to the given slug in a workspace.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `GET /v1/{workspace}/workflow/{slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, slug
 * @param out receives the result on success (suprsend_workflow_free() it), NULL otherwise; may be NULL to discard. Successfully retrieved workflow
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_workflow(suprsend_client *client, const suprsend_get_workflow_params *params,
                                      suprsend_workflow **out, suprsend_error *err);
/** Descriptor of suprsend_get_workflow(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_workflow_op;

/**
 * Completion of suprsend_get_workflow_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_get_workflow_async()
 * @param rc 0, or what suprsend_get_workflow() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_get_workflow()'s out would receive, owned by the callback
 * (suprsend_workflow_free() it); NULL otherwise
 * @param err the call's error, as suprsend_get_workflow() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_get_workflow_callback)(void *user_data, int rc, suprsend_workflow *result, suprsend_error *err);

/**
 * Get Workflow Details
 *
 * Asynchronous form of suprsend_get_workflow(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_get_workflow() would return; the
 * result is the callback's to free.
 *
 * `GET /v1/{workspace}/workflow/{slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_workflow(); read before this returns
 * @param callback called with the outcome (see suprsend_get_workflow_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_get_workflow() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_get_workflow()
 */
APIC_EXPORT int suprsend_get_workflow_async(suprsend_client *client, const suprsend_get_workflow_params *params,
                                            suprsend_get_workflow_callback callback, void *user_data,
                                            apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_upsert_workflow(). Zero-initialise, then set what you need. */
typedef struct suprsend_upsert_workflow_params {
    /**
     * Workspace where the workflow should be created (staging, production, etc.)
     * Required.
     */
    char *workspace;
    /**
     * Unique identifier of the workflow. You can get it from workflow settings for existing workflows.
     * Required.
     */
    char *slug;
    bool has_commit; /**< true when commit is set */
    /**
     * Whether to commit the workflow immediately. Workflow will be successfully committed only if
     * validation_result.is_valid is true.
     */
    bool commit;
    /** Commit message describing the changes (required if commit=true) */
    char *commit_message;
} suprsend_upsert_workflow_params;

/**
 * Create or Update Workflow
 *
 * Create a new workflow or update the draft version of an existing one
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `POST /v1/{workspace}/workflow/{slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, slug
 * @param body request body: suprsend_workflow_create_update, sent as JSON; required
 * @param out receives the result on success (suprsend_upsert_workflow_response_free() it), NULL otherwise; may be NULL to discard. The response includes the same workflow object as input along with a validation_result field that indicates whether the workflow configuration is valid.
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_upsert_workflow(suprsend_client *client, const suprsend_upsert_workflow_params *params,
                                         const suprsend_workflow_create_update *body,
                                         suprsend_upsert_workflow_response **out, suprsend_error *err);
/** Descriptor of suprsend_upsert_workflow(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_upsert_workflow_op;

/**
 * Completion of suprsend_upsert_workflow_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_upsert_workflow_async()
 * @param rc 0, or what suprsend_upsert_workflow() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_upsert_workflow()'s out would receive, owned by the
 * callback (suprsend_upsert_workflow_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_upsert_workflow() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_upsert_workflow_callback)(void *user_data, int rc, suprsend_upsert_workflow_response *result,
                                                  suprsend_error *err);

/**
 * Create or Update Workflow
 *
 * Asynchronous form of suprsend_upsert_workflow(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_upsert_workflow() would
 * return; the result is the callback's to free.
 *
 * `POST /v1/{workspace}/workflow/{slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_upsert_workflow(); read before this returns
 * @param body request body, as for suprsend_upsert_workflow(); read before this returns
 * @param callback called with the outcome (see suprsend_upsert_workflow_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_upsert_workflow() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_upsert_workflow()
 */
APIC_EXPORT int suprsend_upsert_workflow_async(suprsend_client *client, const suprsend_upsert_workflow_params *params,
                                               const suprsend_workflow_create_update *body,
                                               suprsend_upsert_workflow_callback callback, void *user_data,
                                               apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_delete_workflow(). Zero-initialise, then set what you need. */
typedef struct suprsend_delete_workflow_params {
    /**
     * Which workspace workflow belongs to (staging, production, etc.)
     * Required.
     */
    char *workspace;
    /**
     * Unique identifier of the workflow. You can get it from workflow settings.
     * Required.
     */
    char *slug;
} suprsend_delete_workflow_params;

/**
 * Delete Workflow
 *
 * Permanently deletes a workflow by providing it's slug.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `DELETE /v1/{workspace}/workflow/{slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, slug
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_delete_workflow(suprsend_client *client, const suprsend_delete_workflow_params *params,
                                         suprsend_error *err);
/** Descriptor of suprsend_delete_workflow(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_delete_workflow_op;

/**
 * Completion of suprsend_delete_workflow_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_delete_workflow_async()
 * @param rc 0, or what suprsend_delete_workflow() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param err the call's error, as suprsend_delete_workflow() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_delete_workflow_callback)(void *user_data, int rc, suprsend_error *err);

/**
 * Delete Workflow
 *
 * Asynchronous form of suprsend_delete_workflow(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_delete_workflow() would
 * return.
 *
 * `DELETE /v1/{workspace}/workflow/{slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_delete_workflow(); read before this returns
 * @param callback called with the outcome (see suprsend_delete_workflow_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_delete_workflow() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_delete_workflow()
 */
APIC_EXPORT int suprsend_delete_workflow_async(suprsend_client *client, const suprsend_delete_workflow_params *params,
                                               suprsend_delete_workflow_callback callback, void *user_data,
                                               apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_commit_workflow(). Zero-initialise, then set what you need. */
typedef struct suprsend_commit_workflow_params {
    /**
     * Workspace to which the workflow belongs (staging, production, etc.)
     * Required.
     */
    char *workspace;
    /**
     * Unique identifier of the workflow. You can get it from workflow settings.
     * Required.
     */
    char *slug;
    /** Commit message describing the changes */
    char *commit_message;
} suprsend_commit_workflow_params;

/**
 * Commit Workflow
 *
 * Commit a workflow to make the draft version live.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `PATCH /v1/{workspace}/workflow/{slug}/commit/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, slug
 * @param out receives the result on success (suprsend_workflow_free() it), NULL otherwise; may be NULL to discard. Workflow committed successfully. The response will be the latest draft version after the commit.
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_commit_workflow(suprsend_client *client, const suprsend_commit_workflow_params *params,
                                         suprsend_workflow **out, suprsend_error *err);
/** Descriptor of suprsend_commit_workflow(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_commit_workflow_op;

/**
 * Completion of suprsend_commit_workflow_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_commit_workflow_async()
 * @param rc 0, or what suprsend_commit_workflow() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_commit_workflow()'s out would receive, owned by the
 * callback (suprsend_workflow_free() it); NULL otherwise
 * @param err the call's error, as suprsend_commit_workflow() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_commit_workflow_callback)(void *user_data, int rc, suprsend_workflow *result,
                                                  suprsend_error *err);

/**
 * Commit Workflow
 *
 * Asynchronous form of suprsend_commit_workflow(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_commit_workflow() would
 * return; the result is the callback's to free.
 *
 * `PATCH /v1/{workspace}/workflow/{slug}/commit/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_commit_workflow(); read before this returns
 * @param callback called with the outcome (see suprsend_commit_workflow_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_commit_workflow() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_commit_workflow()
 */
APIC_EXPORT int suprsend_commit_workflow_async(suprsend_client *client, const suprsend_commit_workflow_params *params,
                                               suprsend_commit_workflow_callback callback, void *user_data,
                                               apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_toggle_workflow(). Zero-initialise, then set what you need. */
typedef struct suprsend_toggle_workflow_params {
    /**
     * Workspace to which the workflow belongs (staging, production, etc.)
     * Required.
     */
    char *workspace;
    /**
     * Unique identifier of the workflow. You can get it from workflow settings.
     * Required.
     */
    char *slug;
} suprsend_toggle_workflow_params;

/**
 * Enable/Disable Workflow
 *
 * Enable or disable a workflow. Disabled workflows will not be executed when triggered. By
 * default, workflows are enabled unless you explicitly disable them.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `PATCH /v1/{workspace}/workflow/{slug}/enable/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, slug
 * @param body request body: suprsend_toggle_workflow_request, sent as JSON; required
 * @param out receives the result on success (suprsend_workflow_free() it), NULL otherwise; may be NULL to discard. Workflow status updated successfully
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_toggle_workflow(suprsend_client *client, const suprsend_toggle_workflow_params *params,
                                         const suprsend_toggle_workflow_request *body, suprsend_workflow **out,
                                         suprsend_error *err);
/** Descriptor of suprsend_toggle_workflow(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_toggle_workflow_op;

/**
 * Completion of suprsend_toggle_workflow_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_toggle_workflow_async()
 * @param rc 0, or what suprsend_toggle_workflow() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_toggle_workflow()'s out would receive, owned by the
 * callback (suprsend_workflow_free() it); NULL otherwise
 * @param err the call's error, as suprsend_toggle_workflow() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_toggle_workflow_callback)(void *user_data, int rc, suprsend_workflow *result,
                                                  suprsend_error *err);

/**
 * Enable/Disable Workflow
 *
 * Asynchronous form of suprsend_toggle_workflow(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_toggle_workflow() would
 * return; the result is the callback's to free.
 *
 * `PATCH /v1/{workspace}/workflow/{slug}/enable/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_toggle_workflow(); read before this returns
 * @param body request body, as for suprsend_toggle_workflow(); read before this returns
 * @param callback called with the outcome (see suprsend_toggle_workflow_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_toggle_workflow() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_toggle_workflow()
 */
APIC_EXPORT int suprsend_toggle_workflow_async(suprsend_client *client, const suprsend_toggle_workflow_params *params,
                                               const suprsend_toggle_workflow_request *body,
                                               suprsend_toggle_workflow_callback callback, void *user_data,
                                               apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_list_schemas(). Zero-initialise, then set what you need. */
typedef struct suprsend_list_schemas_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Required.
     */
    char *workspace;
    bool has_mode; /**< true when mode is set */
    /** Specify if you want to fetch draft or live schema. */
    suprsend_list_schemas_mode_val mode;
} suprsend_list_schemas_params;

/**
 * List Schemas
 *
 * Retrieve a list of schemas in a workspace.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `GET /v1/{workspace}/schema/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace
 * @param out receives the result on success (suprsend_list_schemas_response_free() it), NULL otherwise; may be NULL to discard. Successfully retrieved list of schemas
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_list_schemas(suprsend_client *client, const suprsend_list_schemas_params *params,
                                      suprsend_list_schemas_response **out, suprsend_error *err);
/** Descriptor of suprsend_list_schemas(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_list_schemas_op;

/**
 * Completion of suprsend_list_schemas_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_list_schemas_async()
 * @param rc 0, or what suprsend_list_schemas() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_list_schemas()'s out would receive, owned by the callback
 * (suprsend_list_schemas_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_list_schemas() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_list_schemas_callback)(void *user_data, int rc, suprsend_list_schemas_response *result,
                                               suprsend_error *err);

/**
 * List Schemas
 *
 * Asynchronous form of suprsend_list_schemas(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_list_schemas() would return; the
 * result is the callback's to free.
 *
 * `GET /v1/{workspace}/schema/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_list_schemas(); read before this returns
 * @param callback called with the outcome (see suprsend_list_schemas_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_list_schemas() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_list_schemas()
 */
APIC_EXPORT int suprsend_list_schemas_async(suprsend_client *client, const suprsend_list_schemas_params *params,
                                            suprsend_list_schemas_callback callback, void *user_data,
                                            apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_get_schema(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_schema_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Required.
     */
    char *workspace;
    /**
     * Unique identifier of the schema
     * Required.
     */
    char *schema_slug;
    bool has_mode; /**< true when mode is set */
    /** Mode to fetch schema (draft or live). By default, draft schema is returned. */
    suprsend_get_schema_mode_val mode;
} suprsend_get_schema_params;

/**
 * Get Schema
 *
 * Fetch the JSON schema corresponding to a slug.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `GET /v1/{workspace}/schema/{schema_slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, schema_slug
 * @param out receives the result on success (suprsend_get_schema_response_free() it), NULL otherwise; may be NULL to discard. Successfully retrieved schema object
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_schema(suprsend_client *client, const suprsend_get_schema_params *params,
                                    suprsend_get_schema_response **out, suprsend_error *err);
/** Descriptor of suprsend_get_schema(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_schema_op;

/**
 * Completion of suprsend_get_schema_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_get_schema_async()
 * @param rc 0, or what suprsend_get_schema() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_get_schema()'s out would receive, owned by the callback
 * (suprsend_get_schema_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_get_schema() fills it; valid until the callback returns
 */
typedef void (*suprsend_get_schema_callback)(void *user_data, int rc, suprsend_get_schema_response *result,
                                             suprsend_error *err);

/**
 * Get Schema
 *
 * Asynchronous form of suprsend_get_schema(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_get_schema() would return; the
 * result is the callback's to free.
 *
 * `GET /v1/{workspace}/schema/{schema_slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_schema(); read before this returns
 * @param callback called with the outcome (see suprsend_get_schema_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_get_schema() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_get_schema()
 */
APIC_EXPORT int suprsend_get_schema_async(suprsend_client *client, const suprsend_get_schema_params *params,
                                          suprsend_get_schema_callback callback, void *user_data,
                                          apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_upsert_schema(). Zero-initialise, then set what you need. */
typedef struct suprsend_upsert_schema_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Required.
     */
    char *workspace;
    /**
     * Unique identifier of the schema
     * Required.
     */
    char *schema_slug;
    bool has_commit; /**< true when commit is set */
    /** Set to true to commit the schema immediately after creation/update */
    bool commit;
    /** Commit message describing the changes (required when commit=true) */
    char *commit_message;
} suprsend_upsert_schema_params;

/**
 * Create/Update Schema
 *
 * Upset draft version of a JSON schema. Creates a new schema if it doesn't exist.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `POST /v1/{workspace}/schema/{schema_slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, schema_slug
 * @param body request body: suprsend_upsert_schema_request, sent as JSON; required
 * @param out receives the result on success (suprsend_upsert_schema_response_free() it), NULL otherwise; may be NULL to discard. Successfully retrieved schema object
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_upsert_schema(suprsend_client *client, const suprsend_upsert_schema_params *params,
                                       const suprsend_upsert_schema_request *body,
                                       suprsend_upsert_schema_response **out, suprsend_error *err);
/** Descriptor of suprsend_upsert_schema(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_upsert_schema_op;

/**
 * Completion of suprsend_upsert_schema_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_upsert_schema_async()
 * @param rc 0, or what suprsend_upsert_schema() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_upsert_schema()'s out would receive, owned by the
 * callback (suprsend_upsert_schema_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_upsert_schema() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_upsert_schema_callback)(void *user_data, int rc, suprsend_upsert_schema_response *result,
                                                suprsend_error *err);

/**
 * Create/Update Schema
 *
 * Asynchronous form of suprsend_upsert_schema(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_upsert_schema() would return; the
 * result is the callback's to free.
 *
 * `POST /v1/{workspace}/schema/{schema_slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_upsert_schema(); read before this returns
 * @param body request body, as for suprsend_upsert_schema(); read before this returns
 * @param callback called with the outcome (see suprsend_upsert_schema_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_upsert_schema() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_upsert_schema()
 */
APIC_EXPORT int suprsend_upsert_schema_async(suprsend_client *client, const suprsend_upsert_schema_params *params,
                                             const suprsend_upsert_schema_request *body,
                                             suprsend_upsert_schema_callback callback, void *user_data,
                                             apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_commit_schema(). Zero-initialise, then set what you need. */
typedef struct suprsend_commit_schema_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Required.
     */
    char *workspace;
    /**
     * Unique identifier of the schema
     * Required.
     */
    char *schema_slug;
    /** Commit message describing the changes */
    char *commit_message;
} suprsend_commit_schema_params;

/**
 * Commit Schema
 *
 * Commit a draft schema to make it live. Changes will start to take effect as soon as it's live.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `PATCH /v1/{workspace}/schema/{schema_slug}/commit/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, schema_slug
 * @param out receives the result on success (suprsend_commit_schema_response_free() it), NULL otherwise; may be NULL to discard. Successfully retrieved schema object
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_commit_schema(suprsend_client *client, const suprsend_commit_schema_params *params,
                                       suprsend_commit_schema_response **out, suprsend_error *err);
/** Descriptor of suprsend_commit_schema(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_commit_schema_op;

/**
 * Completion of suprsend_commit_schema_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_commit_schema_async()
 * @param rc 0, or what suprsend_commit_schema() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_commit_schema()'s out would receive, owned by the
 * callback (suprsend_commit_schema_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_commit_schema() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_commit_schema_callback)(void *user_data, int rc, suprsend_commit_schema_response *result,
                                                suprsend_error *err);

/**
 * Commit Schema
 *
 * Asynchronous form of suprsend_commit_schema(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_commit_schema() would return; the
 * result is the callback's to free.
 *
 * `PATCH /v1/{workspace}/schema/{schema_slug}/commit/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_commit_schema(); read before this returns
 * @param callback called with the outcome (see suprsend_commit_schema_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_commit_schema() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_commit_schema()
 */
APIC_EXPORT int suprsend_commit_schema_async(suprsend_client *client, const suprsend_commit_schema_params *params,
                                             suprsend_commit_schema_callback callback, void *user_data,
                                             apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_list_events(). Zero-initialise, then set what you need. */
typedef struct suprsend_list_events_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Required.
     */
    char *workspace;
    bool has_limit; /**< true when limit is set */
    /** Number of events to return per page (max 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Number of events to skip for pagination */
    int64_t offset;
} suprsend_list_events_params;

/**
 * List Events
 *
 * Retrieve a list of events in a workspace.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * Paginated ('offset' advanced by the items received, up to 'meta.count'): the `_iter_new()`,
 * `_iter_next()` and `_iter_free()` functions beside this one go through every item, asking for
 * pages as they are needed.
 *
 * `GET /v1/{workspace}/event/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace
 * @param out receives the result on success (suprsend_list_events_response_free() it), NULL otherwise; may be NULL to discard. Successfully retrieved list of events
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_list_events(suprsend_client *client, const suprsend_list_events_params *params,
                                     suprsend_list_events_response **out, suprsend_error *err);
/** Descriptor of suprsend_list_events(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_list_events_op;

/**
 * Completion of suprsend_list_events_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_list_events_async()
 * @param rc 0, or what suprsend_list_events() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_list_events()'s out would receive, owned by the callback
 * (suprsend_list_events_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_list_events() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_list_events_callback)(void *user_data, int rc, suprsend_list_events_response *result,
                                              suprsend_error *err);

/**
 * List Events
 *
 * Asynchronous form of suprsend_list_events(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_list_events() would return; the
 * result is the callback's to free.
 *
 * `GET /v1/{workspace}/event/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_list_events(); read before this returns
 * @param callback called with the outcome (see suprsend_list_events_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_list_events() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_list_events()
 */
APIC_EXPORT int suprsend_list_events_async(suprsend_client *client, const suprsend_list_events_params *params,
                                           suprsend_list_events_callback callback, void *user_data,
                                           apic_async_call **call, suprsend_error *err);

/** Iteration over every item of suprsend_list_events(), page after page (apic/pager.h). */
typedef struct apic_pager suprsend_list_events_iter;
/**
 * Starts iterating: nothing is sent before the first suprsend_list_events_iter_next(). params is copied
 * shallowly: what it points to must stay valid until suprsend_list_events_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int suprsend_list_events_iter_new(suprsend_client *client, const suprsend_list_events_params *params,
                                              suprsend_list_events_iter **out, suprsend_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or suprsend_list_events_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int suprsend_list_events_iter_next(suprsend_list_events_iter *it,
                                               const suprsend_list_events_response_results_item **item,
                                               suprsend_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void suprsend_list_events_iter_free(suprsend_list_events_iter *it);

/** Parameters of suprsend_create_event(). Zero-initialise, then set what you need. */
typedef struct suprsend_create_event_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Required.
     */
    char *workspace;
} suprsend_create_event_params;

/**
 * Create Event
 *
 * Add events and their linked schemas in SuprSend
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `POST /v1/{workspace}/event/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace
 * @param body request body: suprsend_create_event_request, sent as JSON; required
 * @param out receives the result on success (suprsend_json_map_free() it), NULL otherwise; may be NULL to discard. Updated event details
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_create_event(suprsend_client *client, const suprsend_create_event_params *params,
                                      const suprsend_create_event_request *body, apic_json_map **out,
                                      suprsend_error *err);
/** Descriptor of suprsend_create_event(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_create_event_op;

/**
 * Completion of suprsend_create_event_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_create_event_async()
 * @param rc 0, or what suprsend_create_event() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_create_event()'s out would receive, owned by the callback
 * (suprsend_json_map_free() it); NULL otherwise
 * @param err the call's error, as suprsend_create_event() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_create_event_callback)(void *user_data, int rc, apic_json_map *result, suprsend_error *err);

/**
 * Create Event
 *
 * Asynchronous form of suprsend_create_event(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_create_event() would return; the
 * result is the callback's to free.
 *
 * `POST /v1/{workspace}/event/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_create_event(); read before this returns
 * @param body request body, as for suprsend_create_event(); read before this returns
 * @param callback called with the outcome (see suprsend_create_event_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_create_event() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_create_event()
 */
APIC_EXPORT int suprsend_create_event_async(suprsend_client *client, const suprsend_create_event_params *params,
                                            const suprsend_create_event_request *body,
                                            suprsend_create_event_callback callback, void *user_data,
                                            apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_get_event(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_event_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Required.
     */
    char *workspace;
    /**
     * URL encoded event name. Example - `SHIPMENT%%20ARRIVED`
     * Required.
     */
    char *url_encoded_event_name;
} suprsend_get_event_params;

/**
 * Get Event Details
 *
 * Fetch event details and its linked schema.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `GET /v1/{workspace}/event/{url_encoded_event_name}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, url_encoded_event_name
 * @param out receives the result on success (suprsend_get_event_response_free() it), NULL otherwise; may be NULL to discard. Successfully retrieved event
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_event(suprsend_client *client, const suprsend_get_event_params *params,
                                   suprsend_get_event_response **out, suprsend_error *err);
/** Descriptor of suprsend_get_event(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_event_op;

/**
 * Completion of suprsend_get_event_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_get_event_async()
 * @param rc 0, or what suprsend_get_event() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_get_event()'s out would receive, owned by the callback
 * (suprsend_get_event_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_get_event() fills it; valid until the callback returns
 */
typedef void (*suprsend_get_event_callback)(void *user_data, int rc, suprsend_get_event_response *result,
                                            suprsend_error *err);

/**
 * Get Event Details
 *
 * Asynchronous form of suprsend_get_event(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_get_event() would return; the result
 * is the callback's to free.
 *
 * `GET /v1/{workspace}/event/{url_encoded_event_name}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_event(); read before this returns
 * @param callback called with the outcome (see suprsend_get_event_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_get_event() refuses before sending),
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_get_event()
 */
APIC_EXPORT int suprsend_get_event_async(suprsend_client *client, const suprsend_get_event_params *params,
                                         suprsend_get_event_callback callback, void *user_data, apic_async_call **call,
                                         suprsend_error *err);

/** Parameters of suprsend_update_event(). Zero-initialise, then set what you need. */
typedef struct suprsend_update_event_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Required.
     */
    char *workspace;
    /**
     * URL encoded event name
     * Required.
     */
    char *url_encoded_event_name;
} suprsend_update_event_params;

/**
 * Update Event
 *
 * Update event description and its linked schema.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `PATCH /v1/{workspace}/event/{url_encoded_event_name}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, url_encoded_event_name
 * @param body request body: suprsend_update_event_request, sent as JSON; required
 * @param out receives the result on success (suprsend_json_map_free() it), NULL otherwise; may be NULL to discard. Updated event details
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_update_event(suprsend_client *client, const suprsend_update_event_params *params,
                                      const suprsend_update_event_request *body, apic_json_map **out,
                                      suprsend_error *err);
/** Descriptor of suprsend_update_event(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_update_event_op;

/**
 * Completion of suprsend_update_event_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_update_event_async()
 * @param rc 0, or what suprsend_update_event() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_update_event()'s out would receive, owned by the callback
 * (suprsend_json_map_free() it); NULL otherwise
 * @param err the call's error, as suprsend_update_event() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_update_event_callback)(void *user_data, int rc, apic_json_map *result, suprsend_error *err);

/**
 * Update Event
 *
 * Asynchronous form of suprsend_update_event(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_update_event() would return; the
 * result is the callback's to free.
 *
 * `PATCH /v1/{workspace}/event/{url_encoded_event_name}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_update_event(); read before this returns
 * @param body request body, as for suprsend_update_event(); read before this returns
 * @param callback called with the outcome (see suprsend_update_event_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_update_event() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_update_event()
 */
APIC_EXPORT int suprsend_update_event_async(suprsend_client *client, const suprsend_update_event_params *params,
                                            const suprsend_update_event_request *body,
                                            suprsend_update_event_callback callback, void *user_data,
                                            apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_get_linked_workflows(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_linked_workflows_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Required.
     */
    char *workspace;
    /**
     * URL encoded event name. Example - `SHIPMENT%%20ARRIVED`
     * Required.
     */
    char *url_encoded_event_name;
} suprsend_get_linked_workflows_params;

/**
 * Get Linked Workflows
 *
 * Fetch list of all workflows where this event is used
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `GET /v1/{workspace}/event/{url_encoded_event_name}/linked_workflows/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, url_encoded_event_name
 * @param out receives the result on success (suprsend_get_linked_workflows_response_free() it), NULL otherwise; may be NULL to discard. Successfully retrieved linked workflows
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_linked_workflows(suprsend_client *client,
                                              const suprsend_get_linked_workflows_params *params,
                                              suprsend_get_linked_workflows_response **out, suprsend_error *err);
/** Descriptor of suprsend_get_linked_workflows(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_linked_workflows_op;

/**
 * Completion of suprsend_get_linked_workflows_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_get_linked_workflows_async()
 * @param rc 0, or what suprsend_get_linked_workflows() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_get_linked_workflows()'s out would receive, owned by the
 * callback (suprsend_get_linked_workflows_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_get_linked_workflows() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_get_linked_workflows_callback)(void *user_data, int rc,
                                                       suprsend_get_linked_workflows_response *result,
                                                       suprsend_error *err);

/**
 * Get Linked Workflows
 *
 * Asynchronous form of suprsend_get_linked_workflows(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what suprsend_get_linked_workflows()
 * would return; the result is the callback's to free.
 *
 * `GET /v1/{workspace}/event/{url_encoded_event_name}/linked_workflows/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_linked_workflows(); read before this returns
 * @param callback called with the outcome (see suprsend_get_linked_workflows_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_get_linked_workflows() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_get_linked_workflows()
 */
APIC_EXPORT int suprsend_get_linked_workflows_async(suprsend_client *client,
                                                    const suprsend_get_linked_workflows_params *params,
                                                    suprsend_get_linked_workflows_callback callback, void *user_data,
                                                    apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_delink_event_schema(). Zero-initialise, then set what you need. */
typedef struct suprsend_delink_event_schema_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Required.
     */
    char *workspace;
    /**
     * URL encoded event name. Example - `SHIPMENT%%20ARRIVED`
     * Required.
     */
    char *url_encoded_event_name;
} suprsend_delink_event_schema_params;

/**
 * Delink Schema from Event
 *
 * Remove the linked schema from an event, making it schema-less. This allows the event to accept
 * any payload structure without validation against a predefined schema.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `PATCH /v1/{workspace}/event/{url_encoded_event_name}/delink_schema/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, url_encoded_event_name
 * @param out receives the result on success (suprsend_delink_event_schema_response_free() it), NULL otherwise; may be NULL to discard. Successfully delinked schema from event
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_delink_event_schema(suprsend_client *client, const suprsend_delink_event_schema_params *params,
                                             suprsend_delink_event_schema_response **out, suprsend_error *err);
/** Descriptor of suprsend_delink_event_schema(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_delink_event_schema_op;

/**
 * Completion of suprsend_delink_event_schema_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_delink_event_schema_async()
 * @param rc 0, or what suprsend_delink_event_schema() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_delink_event_schema()'s out would receive, owned by the
 * callback (suprsend_delink_event_schema_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_delink_event_schema() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_delink_event_schema_callback)(void *user_data, int rc,
                                                      suprsend_delink_event_schema_response *result,
                                                      suprsend_error *err);

/**
 * Delink Schema from Event
 *
 * Asynchronous form of suprsend_delink_event_schema(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_delink_event_schema() would
 * return; the result is the callback's to free.
 *
 * `PATCH /v1/{workspace}/event/{url_encoded_event_name}/delink_schema/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_delink_event_schema(); read before this returns
 * @param callback called with the outcome (see suprsend_delink_event_schema_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_delink_event_schema() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_delink_event_schema()
 */
APIC_EXPORT int suprsend_delink_event_schema_async(suprsend_client *client,
                                                   const suprsend_delink_event_schema_params *params,
                                                   suprsend_delink_event_schema_callback callback, void *user_data,
                                                   apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_get_category(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_category_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Example: `"my-workspace"`.
     * Required.
     */
    char *workspace;
    /**
     * Mode to retrieve categories. Use 'live' for active categories or 'draft' for current draft.
     * Example: `"draft"`.
     * Required.
     */
    suprsend_get_category_mode_val mode;
} suprsend_get_category_params;

/**
 * Get Preference Category
 *
 * Retrieve the current preference category for a workspace
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `GET /v1/{workspace}/preference_category/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, mode
 * @param out receives the result on success (suprsend_get_category_response_free() it), NULL otherwise; may be NULL to discard. Successfully retrieved preference category
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_category(suprsend_client *client, const suprsend_get_category_params *params,
                                      suprsend_get_category_response **out, suprsend_error *err);
/** Descriptor of suprsend_get_category(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_category_op;

/**
 * Completion of suprsend_get_category_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_get_category_async()
 * @param rc 0, or what suprsend_get_category() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_get_category()'s out would receive, owned by the callback
 * (suprsend_get_category_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_get_category() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_get_category_callback)(void *user_data, int rc, suprsend_get_category_response *result,
                                               suprsend_error *err);

/**
 * Get Preference Category
 *
 * Asynchronous form of suprsend_get_category(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what suprsend_get_category() would return; the
 * result is the callback's to free.
 *
 * `GET /v1/{workspace}/preference_category/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_category(); read before this returns
 * @param callback called with the outcome (see suprsend_get_category_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_get_category() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_get_category()
 */
APIC_EXPORT int suprsend_get_category_async(suprsend_client *client, const suprsend_get_category_params *params,
                                            suprsend_get_category_callback callback, void *user_data,
                                            apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_create_update_category(). Zero-initialise, then set what you need. */
typedef struct suprsend_create_update_category_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Required.
     */
    char *workspace;
    bool has_commit; /**< true when commit is set */
    /** Whether to commit changes immediately. Set to true to make changes live, false to save as draft. */
    bool commit;
    /** Optional commit message describing the changes made. Required when commit=true. */
    char *commit_message;
} suprsend_create_update_category_params;

/**
 * Update Preference Categories
 *
 * Use this API to set preference categories to be used in workflow or to show on user preference
 * page.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `POST /v1/{workspace}/preference_category/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace
 * @param body request body: suprsend_create_update_category_request, sent as JSON; required
 * @param out receives the result on success (suprsend_create_update_category_response_free() it), NULL otherwise; may be NULL to discard. Successfully created/updated preference category
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_create_update_category(suprsend_client *client,
                                                const suprsend_create_update_category_params *params,
                                                const suprsend_create_update_category_request *body,
                                                suprsend_create_update_category_response **out, suprsend_error *err);
/** Descriptor of suprsend_create_update_category(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_create_update_category_op;

/**
 * Completion of suprsend_create_update_category_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_create_update_category_async()
 * @param rc 0, or what suprsend_create_update_category() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_create_update_category()'s out would receive, owned by
 * the callback (suprsend_create_update_category_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_create_update_category() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_create_update_category_callback)(void *user_data, int rc,
                                                         suprsend_create_update_category_response *result,
                                                         suprsend_error *err);

/**
 * Update Preference Categories
 *
 * Asynchronous form of suprsend_create_update_category(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_create_update_category() would return; the result is the callback's to free.
 *
 * `POST /v1/{workspace}/preference_category/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_create_update_category(); read before this returns
 * @param body request body, as for suprsend_create_update_category(); read before this returns
 * @param callback called with the outcome (see suprsend_create_update_category_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_create_update_category() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_create_update_category()
 */
APIC_EXPORT int suprsend_create_update_category_async(suprsend_client *client,
                                                      const suprsend_create_update_category_params *params,
                                                      const suprsend_create_update_category_request *body,
                                                      suprsend_create_update_category_callback callback,
                                                      void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_commit_category(). Zero-initialise, then set what you need. */
typedef struct suprsend_commit_category_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Required.
     */
    char *workspace;
    /**
     * Commit message describing the changes being made live.
     * Required.
     */
    char *commit_message;
} suprsend_commit_category_params;

/**
 * Commit Preference Category
 *
 * Commit draft changes to the preference category to make them live
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `PATCH /v1/{workspace}/preference_category/commit/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, commit_message
 * @param out receives the result on success (suprsend_commit_category_response_free() it), NULL otherwise; may be NULL to discard. Successfully committed preference category
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_commit_category(suprsend_client *client, const suprsend_commit_category_params *params,
                                         suprsend_commit_category_response **out, suprsend_error *err);
/** Descriptor of suprsend_commit_category(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_commit_category_op;

/**
 * Completion of suprsend_commit_category_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_commit_category_async()
 * @param rc 0, or what suprsend_commit_category() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_commit_category()'s out would receive, owned by the
 * callback (suprsend_commit_category_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_commit_category() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_commit_category_callback)(void *user_data, int rc, suprsend_commit_category_response *result,
                                                  suprsend_error *err);

/**
 * Commit Preference Category
 *
 * Asynchronous form of suprsend_commit_category(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_commit_category() would
 * return; the result is the callback's to free.
 *
 * `PATCH /v1/{workspace}/preference_category/commit/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_commit_category(); read before this returns
 * @param callback called with the outcome (see suprsend_commit_category_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_commit_category() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_commit_category()
 */
APIC_EXPORT int suprsend_commit_category_async(suprsend_client *client, const suprsend_commit_category_params *params,
                                               suprsend_commit_category_callback callback, void *user_data,
                                               apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_list_category_translation_locales(). Zero-initialise, then set what you need. */
typedef struct suprsend_list_category_translation_locales_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Example: `"my-workspace"`.
     * Required.
     */
    char *workspace;
} suprsend_list_category_translation_locales_params;

/**
 * List Category Translations
 *
 * Returns all the locales for which translation is uploaded for preference categories.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `GET /v1/{workspace}/preference_category/translation/locale/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace
 * @param out receives the result on success (suprsend_list_category_translation_locales_response_free() it), NULL otherwise; may be NULL to discard. Successfully retrieved list of translation locales
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_list_category_translation_locales(suprsend_client *client,
                                                           const suprsend_list_category_translation_locales_params *params,
                                                           suprsend_list_category_translation_locales_response **out,
                                                           suprsend_error *err);
/** Descriptor of suprsend_list_category_translation_locales(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_list_category_translation_locales_op;

/**
 * Completion of suprsend_list_category_translation_locales_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to suprsend_list_category_translation_locales_async()
 * @param rc 0, or what suprsend_list_category_translation_locales() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what suprsend_list_category_translation_locales()'s out would receive,
 * owned by the callback (suprsend_list_category_translation_locales_response_free() it); NULL
 * otherwise
 * @param err the call's error, as suprsend_list_category_translation_locales() fills it; valid
 * until the callback returns
 */
typedef void (*suprsend_list_category_translation_locales_callback)(void *user_data, int rc,
                                                                    suprsend_list_category_translation_locales_response *result,
                                                                    suprsend_error *err);

/**
 * List Category Translations
 *
 * Asynchronous form of suprsend_list_category_translation_locales(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_list_category_translation_locales() would return; the result is the callback's to free.
 *
 * `GET /v1/{workspace}/preference_category/translation/locale/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_list_category_translation_locales(); read before this
 * returns
 * @param callback called with the outcome (see
 * suprsend_list_category_translation_locales_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_list_category_translation_locales()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_list_category_translation_locales()
 */
APIC_EXPORT int suprsend_list_category_translation_locales_async(suprsend_client *client,
                                                                 const suprsend_list_category_translation_locales_params *params,
                                                                 suprsend_list_category_translation_locales_callback callback,
                                                                 void *user_data, apic_async_call **call,
                                                                 suprsend_error *err);

/** Parameters of suprsend_get_category_translation(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_category_translation_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Example: `"my-workspace"`.
     * Required.
     */
    char *workspace;
    /**
     * Locale code (e.g., es, fr, de, ja)
     * Example: `"es"`.
     * Required.
     */
    char *locale;
} suprsend_get_category_translation_params;

/**
 * Get Category Translation
 *
 * Fetch translation content for a given locale for preference categories and sections.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `GET /v1/{workspace}/preference_category/translation/content/{locale}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, locale
 * @param out receives the result on success (suprsend_get_category_translation_response_free() it), NULL otherwise; may be NULL to discard. Successfully retrieved translation content
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_category_translation(suprsend_client *client,
                                                  const suprsend_get_category_translation_params *params,
                                                  suprsend_get_category_translation_response **out,
                                                  suprsend_error *err);
/** Descriptor of suprsend_get_category_translation(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_category_translation_op;

/**
 * Completion of suprsend_get_category_translation_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_get_category_translation_async()
 * @param rc 0, or what suprsend_get_category_translation() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_get_category_translation()'s out would receive, owned by
 * the callback (suprsend_get_category_translation_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_get_category_translation() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_get_category_translation_callback)(void *user_data, int rc,
                                                           suprsend_get_category_translation_response *result,
                                                           suprsend_error *err);

/**
 * Get Category Translation
 *
 * Asynchronous form of suprsend_get_category_translation(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_get_category_translation() would return; the result is the callback's to free.
 *
 * `GET /v1/{workspace}/preference_category/translation/content/{locale}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_category_translation(); read before this returns
 * @param callback called with the outcome (see suprsend_get_category_translation_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_get_category_translation() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_get_category_translation()
 */
APIC_EXPORT int suprsend_get_category_translation_async(suprsend_client *client,
                                                        const suprsend_get_category_translation_params *params,
                                                        suprsend_get_category_translation_callback callback,
                                                        void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_add_category_translation(). Zero-initialise, then set what you need. */
typedef struct suprsend_add_category_translation_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Example: `"my-workspace"`.
     * Required.
     */
    char *workspace;
    /**
     * Locale code (e.g., es, fr, de, ja)
     * Example: `"es"`.
     * Required.
     */
    char *locale;
} suprsend_add_category_translation_params;

/**
 * Add or Update Category Translation
 *
 * Add or update translation content for a given locale for preference categories and sections.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `POST /v1/{workspace}/preference_category/translation/content/{locale}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, locale
 * @param body request body: suprsend_add_category_translation_request, sent as JSON; required
 * @param out receives the result on success (suprsend_add_category_translation_response_free() it), NULL otherwise; may be NULL to discard. Successfully added or updated translation
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_add_category_translation(suprsend_client *client,
                                                  const suprsend_add_category_translation_params *params,
                                                  const suprsend_add_category_translation_request *body,
                                                  suprsend_add_category_translation_response **out,
                                                  suprsend_error *err);
/** Descriptor of suprsend_add_category_translation(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_add_category_translation_op;

/**
 * Completion of suprsend_add_category_translation_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_add_category_translation_async()
 * @param rc 0, or what suprsend_add_category_translation() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_add_category_translation()'s out would receive, owned by
 * the callback (suprsend_add_category_translation_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_add_category_translation() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_add_category_translation_callback)(void *user_data, int rc,
                                                           suprsend_add_category_translation_response *result,
                                                           suprsend_error *err);

/**
 * Add or Update Category Translation
 *
 * Asynchronous form of suprsend_add_category_translation(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_add_category_translation() would return; the result is the callback's to free.
 *
 * `POST /v1/{workspace}/preference_category/translation/content/{locale}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_add_category_translation(); read before this returns
 * @param body request body, as for suprsend_add_category_translation(); read before this returns
 * @param callback called with the outcome (see suprsend_add_category_translation_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_add_category_translation() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_add_category_translation()
 */
APIC_EXPORT int suprsend_add_category_translation_async(suprsend_client *client,
                                                        const suprsend_add_category_translation_params *params,
                                                        const suprsend_add_category_translation_request *body,
                                                        suprsend_add_category_translation_callback callback,
                                                        void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_delete_category_translation(). Zero-initialise, then set what you need. */
typedef struct suprsend_delete_category_translation_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Example: `"my-workspace"`.
     * Required.
     */
    char *workspace;
    /**
     * Locale code (e.g., es, fr, de, ja)
     * Example: `"es"`.
     * Required.
     */
    char *locale;
} suprsend_delete_category_translation_params;

/**
 * Delete Category Translation
 *
 * Delete translation content for a given locale for preference categories and sections.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `DELETE /v1/{workspace}/preference_category/translation/content/{locale}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, locale
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_delete_category_translation(suprsend_client *client,
                                                     const suprsend_delete_category_translation_params *params,
                                                     suprsend_error *err);
/** Descriptor of suprsend_delete_category_translation(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_delete_category_translation_op;

/**
 * Completion of suprsend_delete_category_translation_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to suprsend_delete_category_translation_async()
 * @param rc 0, or what suprsend_delete_category_translation() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param err the call's error, as suprsend_delete_category_translation() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_delete_category_translation_callback)(void *user_data, int rc, suprsend_error *err);

/**
 * Delete Category Translation
 *
 * Asynchronous form of suprsend_delete_category_translation(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_delete_category_translation() would return.
 *
 * `DELETE /v1/{workspace}/preference_category/translation/content/{locale}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_delete_category_translation(); read before this
 * returns
 * @param callback called with the outcome (see suprsend_delete_category_translation_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_delete_category_translation()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_delete_category_translation()
 */
APIC_EXPORT int suprsend_delete_category_translation_async(suprsend_client *client,
                                                           const suprsend_delete_category_translation_params *params,
                                                           suprsend_delete_category_translation_callback callback,
                                                           void *user_data, apic_async_call **call,
                                                           suprsend_error *err);

/** Parameters of suprsend_list_translations(). Zero-initialise, then set what you need. */
typedef struct suprsend_list_translations_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Required.
     */
    char *workspace;
    bool has_mode; /**< true when mode is set */
    /** Mode to filter translations (draft or live). By default, draft translations are returned. */
    suprsend_list_translations_mode_val mode;
    bool has_limit; /**< true when limit is set */
    /** Maximum number of results per page */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Number of results to skip */
    int64_t offset;
} suprsend_list_translations_params;

/**
 * List Translations
 *
 * Retrieve a list of translation files in a workspace. By default, returns draft translations. Use
 * the mode query parameter to filter by draft or live translations.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * Paginated ('offset' advanced by the items received, up to 'meta.count'): the `_iter_new()`,
 * `_iter_next()` and `_iter_free()` functions beside this one go through every item, asking for
 * pages as they are needed.
 *
 * `GET /v1/{workspace}/translation/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace
 * @param out receives the result on success (suprsend_list_translations_response_free() it), NULL otherwise; may be NULL to discard. Successfully retrieved list of translations
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_list_translations(suprsend_client *client, const suprsend_list_translations_params *params,
                                           suprsend_list_translations_response **out, suprsend_error *err);
/** Descriptor of suprsend_list_translations(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_list_translations_op;

/**
 * Completion of suprsend_list_translations_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_list_translations_async()
 * @param rc 0, or what suprsend_list_translations() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_list_translations()'s out would receive, owned by the
 * callback (suprsend_list_translations_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_list_translations() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_list_translations_callback)(void *user_data, int rc,
                                                    suprsend_list_translations_response *result, suprsend_error *err);

/**
 * List Translations
 *
 * Asynchronous form of suprsend_list_translations(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_list_translations() would
 * return; the result is the callback's to free.
 *
 * `GET /v1/{workspace}/translation/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_list_translations(); read before this returns
 * @param callback called with the outcome (see suprsend_list_translations_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_list_translations() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_list_translations()
 */
APIC_EXPORT int suprsend_list_translations_async(suprsend_client *client,
                                                 const suprsend_list_translations_params *params,
                                                 suprsend_list_translations_callback callback, void *user_data,
                                                 apic_async_call **call, suprsend_error *err);

/** Iteration over every item of suprsend_list_translations(), page after page (apic/pager.h). */
typedef struct apic_pager suprsend_list_translations_iter;
/**
 * Starts iterating: nothing is sent before the first suprsend_list_translations_iter_next(). params is copied
 * shallowly: what it points to must stay valid until suprsend_list_translations_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int suprsend_list_translations_iter_new(suprsend_client *client,
                                                    const suprsend_list_translations_params *params,
                                                    suprsend_list_translations_iter **out, suprsend_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or suprsend_list_translations_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int suprsend_list_translations_iter_next(suprsend_list_translations_iter *it,
                                                     const suprsend_list_translations_response_results_item **item,
                                                     suprsend_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void suprsend_list_translations_iter_free(suprsend_list_translations_iter *it);

/** Parameters of suprsend_get_translation(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_translation_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Required.
     */
    char *workspace;
    /**
     * Locale file name (e.g., \"fr.json\", \"es-MX.json\", \"auth.en.json\")
     * Required.
     */
    char *locale_file;
    bool has_mode; /**< true when mode is set */
    /**
     * Mode to fetch translation (draft or live). By default, draft translation is returned.
     * Default: `"draft"`.
     */
    suprsend_get_translation_mode_val mode;
} suprsend_get_translation_params;

/**
 * Get Translation
 *
 * Retrieve the content of a translation file for a specific locale file.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `GET /v1/{workspace}/translation/content/{locale_file}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, locale_file
 * @param out receives the result on success (suprsend_get_translation_response_free() it), NULL otherwise; may be NULL to discard. Successfully retrieved translation content
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_translation(suprsend_client *client, const suprsend_get_translation_params *params,
                                         suprsend_get_translation_response **out, suprsend_error *err);
/** Descriptor of suprsend_get_translation(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_translation_op;

/**
 * Completion of suprsend_get_translation_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_get_translation_async()
 * @param rc 0, or what suprsend_get_translation() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_get_translation()'s out would receive, owned by the
 * callback (suprsend_get_translation_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_get_translation() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_get_translation_callback)(void *user_data, int rc, suprsend_get_translation_response *result,
                                                  suprsend_error *err);

/**
 * Get Translation
 *
 * Asynchronous form of suprsend_get_translation(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_get_translation() would
 * return; the result is the callback's to free.
 *
 * `GET /v1/{workspace}/translation/content/{locale_file}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_translation(); read before this returns
 * @param callback called with the outcome (see suprsend_get_translation_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_get_translation() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_get_translation()
 */
APIC_EXPORT int suprsend_get_translation_async(suprsend_client *client, const suprsend_get_translation_params *params,
                                               suprsend_get_translation_callback callback, void *user_data,
                                               apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_add_translation(). Zero-initialise, then set what you need. */
typedef struct suprsend_add_translation_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Required.
     */
    char *workspace;
    /**
     * Locale file name (e.g., \"fr.json\", \"es-MX.json\", \"auth.en.json\")
     * Required.
     */
    char *locale_file;
} suprsend_add_translation_params;

/**
 * Add Translation
 *
 * Upload or create a new translation file. The file content should be valid JSON following the
 * translation file structure.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `POST /v1/{workspace}/translation/content/{locale_file}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, locale_file
 * @param body request body: suprsend_add_translation_request, sent as JSON; required
 * @param out receives the result on success (suprsend_add_translation_response_free() it), NULL otherwise; may be NULL to discard. Translation file successfully updated
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_add_translation(suprsend_client *client, const suprsend_add_translation_params *params,
                                         const suprsend_add_translation_request *body,
                                         suprsend_add_translation_response **out, suprsend_error *err);
/** Descriptor of suprsend_add_translation(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_add_translation_op;

/**
 * Completion of suprsend_add_translation_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_add_translation_async()
 * @param rc 0, or what suprsend_add_translation() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_add_translation()'s out would receive, owned by the
 * callback (suprsend_add_translation_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_add_translation() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_add_translation_callback)(void *user_data, int rc, suprsend_add_translation_response *result,
                                                  suprsend_error *err);

/**
 * Add Translation
 *
 * Asynchronous form of suprsend_add_translation(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_add_translation() would
 * return; the result is the callback's to free.
 *
 * `POST /v1/{workspace}/translation/content/{locale_file}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_add_translation(); read before this returns
 * @param body request body, as for suprsend_add_translation(); read before this returns
 * @param callback called with the outcome (see suprsend_add_translation_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_add_translation() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_add_translation()
 */
APIC_EXPORT int suprsend_add_translation_async(suprsend_client *client, const suprsend_add_translation_params *params,
                                               const suprsend_add_translation_request *body,
                                               suprsend_add_translation_callback callback, void *user_data,
                                               apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_delete_translation(). Zero-initialise, then set what you need. */
typedef struct suprsend_delete_translation_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Required.
     */
    char *workspace;
    /**
     * Locale file name (e.g., \"fr.json\", \"es-MX.json\", \"auth.en.json\")
     * Example: `"fr.json"`.
     * Required.
     */
    char *locale_file;
} suprsend_delete_translation_params;

/**
 * Delete Translation
 *
 * Marks a file for deletion in the next commit. Actual deletion will happen when you commit the
 * draft.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `DELETE /v1/{workspace}/translation/content/{locale_file}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, locale_file
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_delete_translation(suprsend_client *client, const suprsend_delete_translation_params *params,
                                            suprsend_error *err);
/** Descriptor of suprsend_delete_translation(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_delete_translation_op;

/**
 * Completion of suprsend_delete_translation_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_delete_translation_async()
 * @param rc 0, or what suprsend_delete_translation() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param err the call's error, as suprsend_delete_translation() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_delete_translation_callback)(void *user_data, int rc, suprsend_error *err);

/**
 * Delete Translation
 *
 * Asynchronous form of suprsend_delete_translation(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_delete_translation() would
 * return.
 *
 * `DELETE /v1/{workspace}/translation/content/{locale_file}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_delete_translation(); read before this returns
 * @param callback called with the outcome (see suprsend_delete_translation_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_delete_translation() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_delete_translation()
 */
APIC_EXPORT int suprsend_delete_translation_async(suprsend_client *client,
                                                  const suprsend_delete_translation_params *params,
                                                  suprsend_delete_translation_callback callback, void *user_data,
                                                  apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_get_translation_history(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_translation_history_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Required.
     */
    char *workspace;
    /**
     * Version number to retrieve
     * Example: `1`.
     * Required.
     */
    int64_t version;
} suprsend_get_translation_history_params;

/**
 * Get Translation History
 *
 * Retrieve version history information for translations, including all versions and their details.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `GET /v1/{workspace}/translation/version/{version}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, version
 * @param out receives the result on success (suprsend_get_translation_history_response_free() it), NULL otherwise; may be NULL to discard. Successfully retrieved translation version history
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_translation_history(suprsend_client *client,
                                                 const suprsend_get_translation_history_params *params,
                                                 suprsend_get_translation_history_response **out, suprsend_error *err);
/** Descriptor of suprsend_get_translation_history(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_translation_history_op;

/**
 * Completion of suprsend_get_translation_history_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_get_translation_history_async()
 * @param rc 0, or what suprsend_get_translation_history() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_get_translation_history()'s out would receive, owned by
 * the callback (suprsend_get_translation_history_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_get_translation_history() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_get_translation_history_callback)(void *user_data, int rc,
                                                          suprsend_get_translation_history_response *result,
                                                          suprsend_error *err);

/**
 * Get Translation History
 *
 * Asynchronous form of suprsend_get_translation_history(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_get_translation_history() would return; the result is the callback's to free.
 *
 * `GET /v1/{workspace}/translation/version/{version}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_translation_history(); read before this returns
 * @param callback called with the outcome (see suprsend_get_translation_history_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_get_translation_history() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_get_translation_history()
 */
APIC_EXPORT int suprsend_get_translation_history_async(suprsend_client *client,
                                                       const suprsend_get_translation_history_params *params,
                                                       suprsend_get_translation_history_callback callback,
                                                       void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_rollback_translation(). Zero-initialise, then set what you need. */
typedef struct suprsend_rollback_translation_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Required.
     */
    char *workspace;
    /**
     * Version number to rollback to
     * Example: `1`.
     * Required.
     */
    int64_t version_no;
} suprsend_rollback_translation_params;

/**
 * Rollback Translation
 *
 * Rollback translations to a previous version. This will replace all files with what was available
 * at the previous version.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `POST /v1/{workspace}/translation/version/{version_no}/rollback/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, version_no
 * @param out receives the result on success (suprsend_rollback_translation_response_free() it), NULL otherwise; may be NULL to discard. Details of available translation files after rollback.
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_rollback_translation(suprsend_client *client,
                                              const suprsend_rollback_translation_params *params,
                                              suprsend_rollback_translation_response **out, suprsend_error *err);
/** Descriptor of suprsend_rollback_translation(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_rollback_translation_op;

/**
 * Completion of suprsend_rollback_translation_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_rollback_translation_async()
 * @param rc 0, or what suprsend_rollback_translation() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_rollback_translation()'s out would receive, owned by the
 * callback (suprsend_rollback_translation_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_rollback_translation() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_rollback_translation_callback)(void *user_data, int rc,
                                                       suprsend_rollback_translation_response *result,
                                                       suprsend_error *err);

/**
 * Rollback Translation
 *
 * Asynchronous form of suprsend_rollback_translation(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what suprsend_rollback_translation()
 * would return; the result is the callback's to free.
 *
 * `POST /v1/{workspace}/translation/version/{version_no}/rollback/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_rollback_translation(); read before this returns
 * @param callback called with the outcome (see suprsend_rollback_translation_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_rollback_translation() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_rollback_translation()
 */
APIC_EXPORT int suprsend_rollback_translation_async(suprsend_client *client,
                                                    const suprsend_rollback_translation_params *params,
                                                    suprsend_rollback_translation_callback callback, void *user_data,
                                                    apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_commit_translation(). Zero-initialise, then set what you need. */
typedef struct suprsend_commit_translation_params {
    /**
     * Workspace slug (staging, production, etc.)
     * Required.
     */
    char *workspace;
    /** Commit message describing the changes */
    char *commit_message;
} suprsend_commit_translation_params;

/**
 * Commit Translation
 *
 * Commit all files changes to make them live.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `PATCH /v1/{workspace}/translation/commit/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace
 * @param out receives the result on success (suprsend_commit_translation_response_free() it), NULL otherwise; may be NULL to discard. Translations committed successfully
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_commit_translation(suprsend_client *client, const suprsend_commit_translation_params *params,
                                            suprsend_commit_translation_response **out, suprsend_error *err);
/** Descriptor of suprsend_commit_translation(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_commit_translation_op;

/**
 * Completion of suprsend_commit_translation_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_commit_translation_async()
 * @param rc 0, or what suprsend_commit_translation() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_commit_translation()'s out would receive, owned by the
 * callback (suprsend_commit_translation_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_commit_translation() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_commit_translation_callback)(void *user_data, int rc,
                                                     suprsend_commit_translation_response *result, suprsend_error *err);

/**
 * Commit Translation
 *
 * Asynchronous form of suprsend_commit_translation(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_commit_translation() would
 * return; the result is the callback's to free.
 *
 * `PATCH /v1/{workspace}/translation/commit/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_commit_translation(); read before this returns
 * @param callback called with the outcome (see suprsend_commit_translation_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_commit_translation() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_commit_translation()
 */
APIC_EXPORT int suprsend_commit_translation_async(suprsend_client *client,
                                                  const suprsend_commit_translation_params *params,
                                                  suprsend_commit_translation_callback callback, void *user_data,
                                                  apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_list_templates_v2(). Zero-initialise, then set what you need. */
typedef struct suprsend_list_templates_v2_params {
    /**
     * Workspace slug (e.g., `staging`, `production`).
     * Required.
     */
    char *workspace;
    bool has_mode; /**< true when mode is set */
    /** Return draft or live version of templates. */
    suprsend_list_templates_v2_mode_val mode;
    bool has_limit; /**< true when limit is set */
    /** Number of results per page. */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Offset for pagination. */
    int64_t offset;
    /** Search by template name or slug. */
    char *q;
} suprsend_list_templates_v2_params;

/**
 * List Templates
 *
 * Retrieve a paginated list of templates in a workspace. Returns template metadata including name,
 * slug, status, enabled channels, and linked workflows.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * Paginated ('offset' advanced by the items received, up to 'meta.count'): the `_iter_new()`,
 * `_iter_next()` and `_iter_free()` functions beside this one go through every item, asking for
 * pages as they are needed.
 *
 * `GET /v2/{workspace}/template/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace
 * @param out receives the result on success (suprsend_list_templates_v2_response_free() it), NULL otherwise; may be NULL to discard. Successfully retrieved list of templates
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_list_templates_v2(suprsend_client *client, const suprsend_list_templates_v2_params *params,
                                           suprsend_list_templates_v2_response **out, suprsend_error *err);
/** Descriptor of suprsend_list_templates_v2(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_list_templates_v2_op;

/**
 * Completion of suprsend_list_templates_v2_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_list_templates_v2_async()
 * @param rc 0, or what suprsend_list_templates_v2() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_list_templates_v2()'s out would receive, owned by the
 * callback (suprsend_list_templates_v2_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_list_templates_v2() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_list_templates_v2_callback)(void *user_data, int rc,
                                                    suprsend_list_templates_v2_response *result, suprsend_error *err);

/**
 * List Templates
 *
 * Asynchronous form of suprsend_list_templates_v2(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_list_templates_v2() would
 * return; the result is the callback's to free.
 *
 * `GET /v2/{workspace}/template/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_list_templates_v2(); read before this returns
 * @param callback called with the outcome (see suprsend_list_templates_v2_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_list_templates_v2() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_list_templates_v2()
 */
APIC_EXPORT int suprsend_list_templates_v2_async(suprsend_client *client,
                                                 const suprsend_list_templates_v2_params *params,
                                                 suprsend_list_templates_v2_callback callback, void *user_data,
                                                 apic_async_call **call, suprsend_error *err);

/** Iteration over every item of suprsend_list_templates_v2(), page after page (apic/pager.h). */
typedef struct apic_pager suprsend_list_templates_v2_iter;
/**
 * Starts iterating: nothing is sent before the first suprsend_list_templates_v2_iter_next(). params is copied
 * shallowly: what it points to must stay valid until suprsend_list_templates_v2_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int suprsend_list_templates_v2_iter_new(suprsend_client *client,
                                                    const suprsend_list_templates_v2_params *params,
                                                    suprsend_list_templates_v2_iter **out, suprsend_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or suprsend_list_templates_v2_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int suprsend_list_templates_v2_iter_next(suprsend_list_templates_v2_iter *it,
                                                     const suprsend_list_templates_v2_response_results_item **item,
                                                     suprsend_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void suprsend_list_templates_v2_iter_free(suprsend_list_templates_v2_iter *it);

/** Parameters of suprsend_get_template_v2(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_template_v2_params {
    /**
     * Workspace slug.
     * Required.
     */
    char *workspace;
    /**
     * Unique template slug.
     * Required.
     */
    char *template_slug;
    bool has_mode; /**< true when mode is set */
    /** Return draft or live version. */
    suprsend_get_template_v2_mode_val mode;
} suprsend_get_template_v2_params;

/**
 * Get Template Detail
 *
 * Retrieve detailed information about a specific template including its metadata, enabled
 * channels, and version info.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `GET /v2/{workspace}/template/{template_slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, template_slug
 * @param out receives the result on success (suprsend_json_map_free() it), NULL otherwise; may be NULL to discard. Template details retrieved successfully
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_template_v2(suprsend_client *client, const suprsend_get_template_v2_params *params,
                                         apic_json_map **out, suprsend_error *err);
/** Descriptor of suprsend_get_template_v2(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_template_v2_op;

/**
 * Completion of suprsend_get_template_v2_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_get_template_v2_async()
 * @param rc 0, or what suprsend_get_template_v2() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_get_template_v2()'s out would receive, owned by the
 * callback (suprsend_json_map_free() it); NULL otherwise
 * @param err the call's error, as suprsend_get_template_v2() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_get_template_v2_callback)(void *user_data, int rc, apic_json_map *result, suprsend_error *err);

/**
 * Get Template Detail
 *
 * Asynchronous form of suprsend_get_template_v2(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_get_template_v2() would
 * return; the result is the callback's to free.
 *
 * `GET /v2/{workspace}/template/{template_slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_template_v2(); read before this returns
 * @param callback called with the outcome (see suprsend_get_template_v2_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_get_template_v2() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_get_template_v2()
 */
APIC_EXPORT int suprsend_get_template_v2_async(suprsend_client *client, const suprsend_get_template_v2_params *params,
                                               suprsend_get_template_v2_callback callback, void *user_data,
                                               apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_upsert_template_v2(). Zero-initialise, then set what you need. */
typedef struct suprsend_upsert_template_v2_params {
    /**
     * Workspace slug.
     * Required.
     */
    char *workspace;
    /**
     * Unique template slug. Used as the identifier for the template.
     * Required.
     */
    char *template_slug;
} suprsend_upsert_template_v2_params;

/**
 * Create or Update Template
 *
 * Create a new template or update an existing one. If the template slug already exists, the
 * template metadata is updated. Changes are saved to the draft version.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `POST /v2/{workspace}/template/{template_slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, template_slug
 * @param body request body: suprsend_upsert_template_v2_request, sent as JSON; required
 * @param out receives the result on success (suprsend_json_map_free() it), NULL otherwise; may be NULL to discard. Template created or updated successfully
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_upsert_template_v2(suprsend_client *client, const suprsend_upsert_template_v2_params *params,
                                            const suprsend_upsert_template_v2_request *body, apic_json_map **out,
                                            suprsend_error *err);
/** Descriptor of suprsend_upsert_template_v2(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_upsert_template_v2_op;

/**
 * Completion of suprsend_upsert_template_v2_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_upsert_template_v2_async()
 * @param rc 0, or what suprsend_upsert_template_v2() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_upsert_template_v2()'s out would receive, owned by the
 * callback (suprsend_json_map_free() it); NULL otherwise
 * @param err the call's error, as suprsend_upsert_template_v2() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_upsert_template_v2_callback)(void *user_data, int rc, apic_json_map *result,
                                                     suprsend_error *err);

/**
 * Create or Update Template
 *
 * Asynchronous form of suprsend_upsert_template_v2(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_upsert_template_v2() would
 * return; the result is the callback's to free.
 *
 * `POST /v2/{workspace}/template/{template_slug}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_upsert_template_v2(); read before this returns
 * @param body request body, as for suprsend_upsert_template_v2(); read before this returns
 * @param callback called with the outcome (see suprsend_upsert_template_v2_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_upsert_template_v2() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_upsert_template_v2()
 */
APIC_EXPORT int suprsend_upsert_template_v2_async(suprsend_client *client,
                                                  const suprsend_upsert_template_v2_params *params,
                                                  const suprsend_upsert_template_v2_request *body,
                                                  suprsend_upsert_template_v2_callback callback, void *user_data,
                                                  apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_list_all_variants_v2(). Zero-initialise, then set what you need. */
typedef struct suprsend_list_all_variants_v2_params {
    /**
     * Workspace slug.
     * Required.
     */
    char *workspace;
    /**
     * Template slug.
     * Required.
     */
    char *template_slug;
} suprsend_list_all_variants_v2_params;

/**
 * List All Variants
 *
 * Retrieve all variants across all channels for a template. Returns variant metadata, conditions,
 * and content.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `GET /v2/{workspace}/template/{template_slug}/variant/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, template_slug
 * @param out receives the result on success (suprsend_list_all_variants_v2_response_free() it), NULL otherwise; may be NULL to discard. Successfully retrieved variants
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_list_all_variants_v2(suprsend_client *client,
                                              const suprsend_list_all_variants_v2_params *params,
                                              suprsend_list_all_variants_v2_response **out, suprsend_error *err);
/** Descriptor of suprsend_list_all_variants_v2(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_list_all_variants_v2_op;

/**
 * Completion of suprsend_list_all_variants_v2_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_list_all_variants_v2_async()
 * @param rc 0, or what suprsend_list_all_variants_v2() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_list_all_variants_v2()'s out would receive, owned by the
 * callback (suprsend_list_all_variants_v2_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_list_all_variants_v2() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_list_all_variants_v2_callback)(void *user_data, int rc,
                                                       suprsend_list_all_variants_v2_response *result,
                                                       suprsend_error *err);

/**
 * List All Variants
 *
 * Asynchronous form of suprsend_list_all_variants_v2(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what suprsend_list_all_variants_v2()
 * would return; the result is the callback's to free.
 *
 * `GET /v2/{workspace}/template/{template_slug}/variant/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_list_all_variants_v2(); read before this returns
 * @param callback called with the outcome (see suprsend_list_all_variants_v2_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_list_all_variants_v2() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_list_all_variants_v2()
 */
APIC_EXPORT int suprsend_list_all_variants_v2_async(suprsend_client *client,
                                                    const suprsend_list_all_variants_v2_params *params,
                                                    suprsend_list_all_variants_v2_callback callback, void *user_data,
                                                    apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_list_channel_variants_v2(). Zero-initialise, then set what you need. */
typedef struct suprsend_list_channel_variants_v2_params {
    /**
     * Workspace slug.
     * Required.
     */
    char *workspace;
    /**
     * Template slug.
     * Required.
     */
    char *template_slug;
    /**
     * Channel slug.
     * Required.
     */
    suprsend_list_channel_variants_v2_channel_val channel;
} suprsend_list_channel_variants_v2_params;

/**
 * List Channel Variants
 *
 * Retrieve all variants for a specific channel within a template.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `GET /v2/{workspace}/template/{template_slug}/channel/{channel}/variant/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, template_slug, channel
 * @param out receives the result on success (suprsend_list_channel_variants_v2_response_free() it), NULL otherwise; may be NULL to discard. Successfully retrieved channel variants
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_list_channel_variants_v2(suprsend_client *client,
                                                  const suprsend_list_channel_variants_v2_params *params,
                                                  suprsend_list_channel_variants_v2_response **out,
                                                  suprsend_error *err);
/** Descriptor of suprsend_list_channel_variants_v2(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_list_channel_variants_v2_op;

/**
 * Completion of suprsend_list_channel_variants_v2_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_list_channel_variants_v2_async()
 * @param rc 0, or what suprsend_list_channel_variants_v2() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_list_channel_variants_v2()'s out would receive, owned by
 * the callback (suprsend_list_channel_variants_v2_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_list_channel_variants_v2() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_list_channel_variants_v2_callback)(void *user_data, int rc,
                                                           suprsend_list_channel_variants_v2_response *result,
                                                           suprsend_error *err);

/**
 * List Channel Variants
 *
 * Asynchronous form of suprsend_list_channel_variants_v2(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * suprsend_list_channel_variants_v2() would return; the result is the callback's to free.
 *
 * `GET /v2/{workspace}/template/{template_slug}/channel/{channel}/variant/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_list_channel_variants_v2(); read before this returns
 * @param callback called with the outcome (see suprsend_list_channel_variants_v2_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_list_channel_variants_v2() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_list_channel_variants_v2()
 */
APIC_EXPORT int suprsend_list_channel_variants_v2_async(suprsend_client *client,
                                                        const suprsend_list_channel_variants_v2_params *params,
                                                        suprsend_list_channel_variants_v2_callback callback,
                                                        void *user_data, apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_get_variant_v2(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_variant_v2_params {
    /**
     * The `workspace` path parameter: a string.
     * Required.
     */
    char *workspace;
    /**
     * The `template_slug` path parameter: a string.
     * Required.
     */
    char *template_slug;
    /**
     * The `channel` path parameter: one of the values of suprsend_get_variant_v2_channel (stored as suprsend_get_variant_v2_channel_val).
     * Required.
     */
    suprsend_get_variant_v2_channel_val channel;
    /**
     * Variant identifier.
     * Required.
     */
    char *variant_id;
} suprsend_get_variant_v2_params;

/**
 * Get Variant Detail
 *
 * Retrieve detailed information about a specific variant including its content, conditions, and
 * vendor approval status.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `GET /v2/{workspace}/template/{template_slug}/channel/{channel}/variant/{variant_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, template_slug, channel, variant_id
 * @param out receives the result on success (suprsend_template_variant_free() it), NULL otherwise; may be NULL to discard. Variant details retrieved. Includes full `content` and `vendor_approvals` objects.
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_variant_v2(suprsend_client *client, const suprsend_get_variant_v2_params *params,
                                        suprsend_template_variant **out, suprsend_error *err);
/** Descriptor of suprsend_get_variant_v2(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_variant_v2_op;

/**
 * Completion of suprsend_get_variant_v2_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_get_variant_v2_async()
 * @param rc 0, or what suprsend_get_variant_v2() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_get_variant_v2()'s out would receive, owned by the
 * callback (suprsend_template_variant_free() it); NULL otherwise
 * @param err the call's error, as suprsend_get_variant_v2() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_get_variant_v2_callback)(void *user_data, int rc, suprsend_template_variant *result,
                                                 suprsend_error *err);

/**
 * Get Variant Detail
 *
 * Asynchronous form of suprsend_get_variant_v2(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_get_variant_v2() would return;
 * the result is the callback's to free.
 *
 * `GET /v2/{workspace}/template/{template_slug}/channel/{channel}/variant/{variant_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_variant_v2(); read before this returns
 * @param callback called with the outcome (see suprsend_get_variant_v2_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_get_variant_v2() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_get_variant_v2()
 */
APIC_EXPORT int suprsend_get_variant_v2_async(suprsend_client *client, const suprsend_get_variant_v2_params *params,
                                              suprsend_get_variant_v2_callback callback, void *user_data,
                                              apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_upsert_variant_v2(). Zero-initialise, then set what you need. */
typedef struct suprsend_upsert_variant_v2_params {
    /**
     * The `workspace` path parameter: a string.
     * Required.
     */
    char *workspace;
    /**
     * The `template_slug` path parameter: a string.
     * Required.
     */
    char *template_slug;
    /**
     * The `channel` path parameter: one of the values of suprsend_upsert_variant_v2_channel (stored as suprsend_upsert_variant_v2_channel_val).
     * Required.
     */
    suprsend_upsert_variant_v2_channel_val channel;
    /**
     * Variant identifier. If a variant with this ID doesn't exist, a new one is created.
     * Required.
     */
    char *variant_id;
} suprsend_upsert_variant_v2_params;

/**
 * Create or Update Variant
 *
 * Create a new variant or update an existing one for a specific channel. Pass the variant content,
 * conditions, locale, and optionally vendor approval details.
 *
 * The `content` JSON structure is channel-specific. Refer to the
 * [variant content schema](https://schema.suprsend.com/template/v2/variant_schema.json) for each
 * channel's structure.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `POST /v2/{workspace}/template/{template_slug}/channel/{channel}/variant/{variant_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, template_slug, channel, variant_id
 * @param body request body: suprsend_upsert_variant_v2_request, sent as JSON; required
 * @param out receives the result on success (suprsend_template_variant_free() it), NULL otherwise; may be NULL to discard. Variant created or updated successfully. Returns the full variant including rendered content.
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_upsert_variant_v2(suprsend_client *client, const suprsend_upsert_variant_v2_params *params,
                                           const suprsend_upsert_variant_v2_request *body,
                                           suprsend_template_variant **out, suprsend_error *err);
/** Descriptor of suprsend_upsert_variant_v2(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_upsert_variant_v2_op;

/**
 * Completion of suprsend_upsert_variant_v2_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_upsert_variant_v2_async()
 * @param rc 0, or what suprsend_upsert_variant_v2() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_upsert_variant_v2()'s out would receive, owned by the
 * callback (suprsend_template_variant_free() it); NULL otherwise
 * @param err the call's error, as suprsend_upsert_variant_v2() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_upsert_variant_v2_callback)(void *user_data, int rc, suprsend_template_variant *result,
                                                    suprsend_error *err);

/**
 * Create or Update Variant
 *
 * Asynchronous form of suprsend_upsert_variant_v2(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_upsert_variant_v2() would
 * return; the result is the callback's to free.
 *
 * `POST /v2/{workspace}/template/{template_slug}/channel/{channel}/variant/{variant_id}/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_upsert_variant_v2(); read before this returns
 * @param body request body, as for suprsend_upsert_variant_v2(); read before this returns
 * @param callback called with the outcome (see suprsend_upsert_variant_v2_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_upsert_variant_v2() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_upsert_variant_v2()
 */
APIC_EXPORT int suprsend_upsert_variant_v2_async(suprsend_client *client,
                                                 const suprsend_upsert_variant_v2_params *params,
                                                 const suprsend_upsert_variant_v2_request *body,
                                                 suprsend_upsert_variant_v2_callback callback, void *user_data,
                                                 apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_get_mock_data_v2(). Zero-initialise, then set what you need. */
typedef struct suprsend_get_mock_data_v2_params {
    /**
     * The `workspace` path parameter: a string.
     * Required.
     */
    char *workspace;
    /**
     * The `template_slug` path parameter: a string.
     * Required.
     */
    char *template_slug;
    bool has_mode; /**< true when mode is set */
    /** Default: `"draft"`. */
    suprsend_get_mock_data_v2_mode_val mode;
} suprsend_get_mock_data_v2_params;

/**
 * Get Mock Data
 *
 * Retrieve the mock data (input payload, recipient, tenant, actor settings) for a template. Used
 * for previewing and testing.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `GET /v2/{workspace}/template/{template_slug}/mock_data/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, template_slug
 * @param out receives the result on success (suprsend_get_mock_data_v2_response_free() it), NULL otherwise; may be NULL to discard. Mock data retrieved. Returns both the raw `data` (what the user configured) and the `transformed_data` (resolved values including tenant, recipient, actor properties, and batched events).
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_get_mock_data_v2(suprsend_client *client, const suprsend_get_mock_data_v2_params *params,
                                          suprsend_get_mock_data_v2_response **out, suprsend_error *err);
/** Descriptor of suprsend_get_mock_data_v2(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_get_mock_data_v2_op;

/**
 * Completion of suprsend_get_mock_data_v2_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to suprsend_get_mock_data_v2_async()
 * @param rc 0, or what suprsend_get_mock_data_v2() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_get_mock_data_v2()'s out would receive, owned by the
 * callback (suprsend_get_mock_data_v2_response_free() it); NULL otherwise
 * @param err the call's error, as suprsend_get_mock_data_v2() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_get_mock_data_v2_callback)(void *user_data, int rc, suprsend_get_mock_data_v2_response *result,
                                                   suprsend_error *err);

/**
 * Get Mock Data
 *
 * Asynchronous form of suprsend_get_mock_data_v2(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_get_mock_data_v2() would
 * return; the result is the callback's to free.
 *
 * `GET /v2/{workspace}/template/{template_slug}/mock_data/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_get_mock_data_v2(); read before this returns
 * @param callback called with the outcome (see suprsend_get_mock_data_v2_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_get_mock_data_v2() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_get_mock_data_v2()
 */
APIC_EXPORT int suprsend_get_mock_data_v2_async(suprsend_client *client, const suprsend_get_mock_data_v2_params *params,
                                                suprsend_get_mock_data_v2_callback callback, void *user_data,
                                                apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_update_mock_data_v2(). Zero-initialise, then set what you need. */
typedef struct suprsend_update_mock_data_v2_params {
    /**
     * The `workspace` path parameter: a string.
     * Required.
     */
    char *workspace;
    /**
     * The `template_slug` path parameter: a string.
     * Required.
     */
    char *template_slug;
} suprsend_update_mock_data_v2_params;

/**
 * Update Mock Data
 *
 * Update the mock data for a template. Sets the input payload, recipient, tenant, actor, and
 * batching configuration used for previews and testing.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `PATCH /v2/{workspace}/template/{template_slug}/mock_data/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, template_slug
 * @param body request body: suprsend_update_mock_data_v2_request, sent as JSON; required
 * @param out receives the result on success (suprsend_json_map_free() it), NULL otherwise; may be NULL to discard. Mock data updated successfully. Returns the same structure as Get Mock Data - both `data` (raw config) and `transformed_data` (resolved values).
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_update_mock_data_v2(suprsend_client *client, const suprsend_update_mock_data_v2_params *params,
                                             const suprsend_update_mock_data_v2_request *body, apic_json_map **out,
                                             suprsend_error *err);
/** Descriptor of suprsend_update_mock_data_v2(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_update_mock_data_v2_op;

/**
 * Completion of suprsend_update_mock_data_v2_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_update_mock_data_v2_async()
 * @param rc 0, or what suprsend_update_mock_data_v2() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what suprsend_update_mock_data_v2()'s out would receive, owned by the
 * callback (suprsend_json_map_free() it); NULL otherwise
 * @param err the call's error, as suprsend_update_mock_data_v2() fills it; valid until the
 * callback returns
 */
typedef void (*suprsend_update_mock_data_v2_callback)(void *user_data, int rc, apic_json_map *result,
                                                      suprsend_error *err);

/**
 * Update Mock Data
 *
 * Asynchronous form of suprsend_update_mock_data_v2(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_update_mock_data_v2() would
 * return; the result is the callback's to free.
 *
 * `PATCH /v2/{workspace}/template/{template_slug}/mock_data/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_update_mock_data_v2(); read before this returns
 * @param body request body, as for suprsend_update_mock_data_v2(); read before this returns
 * @param callback called with the outcome (see suprsend_update_mock_data_v2_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_update_mock_data_v2() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_update_mock_data_v2()
 */
APIC_EXPORT int suprsend_update_mock_data_v2_async(suprsend_client *client,
                                                   const suprsend_update_mock_data_v2_params *params,
                                                   const suprsend_update_mock_data_v2_request *body,
                                                   suprsend_update_mock_data_v2_callback callback, void *user_data,
                                                   apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_commit_template_v2(). Zero-initialise, then set what you need. */
typedef struct suprsend_commit_template_v2_params {
    /**
     * The `workspace` path parameter: a string.
     * Required.
     */
    char *workspace;
    /**
     * The `template_slug` path parameter: a string.
     * Required.
     */
    char *template_slug;
    /** Description of changes in this version. */
    char *commit_message;
} suprsend_commit_template_v2_params;

/**
 * Commit Template
 *
 * Commit the current draft version, making it live. All draft changes across all channels and
 * variants are published as a new version.
 *
 * For WhatsApp and SMS (DLT) variants, committing moves them to **Approval Pending** state instead
 * of going live immediately.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `PATCH /v2/{workspace}/template/{template_slug}/commit/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, template_slug
 * @param body request body: apic_json_map, sent as JSON; may be NULL
 * @param out receives the result on success (suprsend_json_map_free() it), NULL otherwise; may be NULL to discard. Template committed successfully. Returns the updated template detail.
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_commit_template_v2(suprsend_client *client, const suprsend_commit_template_v2_params *params,
                                            const apic_json_map *body, apic_json_map **out, suprsend_error *err);
/** Descriptor of suprsend_commit_template_v2(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_commit_template_v2_op;

/**
 * Completion of suprsend_commit_template_v2_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_commit_template_v2_async()
 * @param rc 0, or what suprsend_commit_template_v2() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_commit_template_v2()'s out would receive, owned by the
 * callback (suprsend_json_map_free() it); NULL otherwise
 * @param err the call's error, as suprsend_commit_template_v2() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_commit_template_v2_callback)(void *user_data, int rc, apic_json_map *result,
                                                     suprsend_error *err);

/**
 * Commit Template
 *
 * Asynchronous form of suprsend_commit_template_v2(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_commit_template_v2() would
 * return; the result is the callback's to free.
 *
 * `PATCH /v2/{workspace}/template/{template_slug}/commit/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_commit_template_v2(); read before this returns
 * @param body request body, as for suprsend_commit_template_v2(); read before this returns
 * @param callback called with the outcome (see suprsend_commit_template_v2_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_commit_template_v2() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_commit_template_v2()
 */
APIC_EXPORT int suprsend_commit_template_v2_async(suprsend_client *client,
                                                  const suprsend_commit_template_v2_params *params,
                                                  const apic_json_map *body,
                                                  suprsend_commit_template_v2_callback callback, void *user_data,
                                                  apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_discard_variant_v2(). Zero-initialise, then set what you need. */
typedef struct suprsend_discard_variant_v2_params {
    /**
     * The `workspace` path parameter: a string.
     * Required.
     */
    char *workspace;
    /**
     * The `template_slug` path parameter: a string.
     * Required.
     */
    char *template_slug;
    /**
     * The `channel` path parameter: one of the values of suprsend_discard_variant_v2_channel (stored as suprsend_discard_variant_v2_channel_val).
     * Required.
     */
    suprsend_discard_variant_v2_channel_val channel;
    /**
     * The `variant_id` path parameter: a string.
     * Required.
     */
    char *variant_id;
    bool has_mode; /**< true when mode is set */
    /** Default: `"live"`. */
    suprsend_discard_variant_v2_mode_val mode;
} suprsend_discard_variant_v2_params;

/**
 * Discard Variant
 *
 * Discard a variant that is in approval-pending state. Only applicable for WhatsApp and SMS
 * channels that require vendor approval. The variant returns to draft state.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `PATCH /v2/{workspace}/template/{template_slug}/channel/{channel}/variant/{variant_id}/discard/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, template_slug, channel, variant_id
 * @param body request body: suprsend_discard_variant_v2_request, sent as JSON; required
 * @param out receives the result on success (suprsend_json_map_free() it), NULL otherwise; may be NULL to discard. Variant discarded successfully
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_discard_variant_v2(suprsend_client *client, const suprsend_discard_variant_v2_params *params,
                                            const suprsend_discard_variant_v2_request *body, apic_json_map **out,
                                            suprsend_error *err);
/** Descriptor of suprsend_discard_variant_v2(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_discard_variant_v2_op;

/**
 * Completion of suprsend_discard_variant_v2_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_discard_variant_v2_async()
 * @param rc 0, or what suprsend_discard_variant_v2() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_discard_variant_v2()'s out would receive, owned by the
 * callback (suprsend_json_map_free() it); NULL otherwise
 * @param err the call's error, as suprsend_discard_variant_v2() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_discard_variant_v2_callback)(void *user_data, int rc, apic_json_map *result,
                                                     suprsend_error *err);

/**
 * Discard Variant
 *
 * Asynchronous form of suprsend_discard_variant_v2(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_discard_variant_v2() would
 * return; the result is the callback's to free.
 *
 * `PATCH /v2/{workspace}/template/{template_slug}/channel/{channel}/variant/{variant_id}/discard/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_discard_variant_v2(); read before this returns
 * @param body request body, as for suprsend_discard_variant_v2(); read before this returns
 * @param callback called with the outcome (see suprsend_discard_variant_v2_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_discard_variant_v2() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_discard_variant_v2()
 */
APIC_EXPORT int suprsend_discard_variant_v2_async(suprsend_client *client,
                                                  const suprsend_discard_variant_v2_params *params,
                                                  const suprsend_discard_variant_v2_request *body,
                                                  suprsend_discard_variant_v2_callback callback, void *user_data,
                                                  apic_async_call **call, suprsend_error *err);

/** Parameters of suprsend_vendor_approval_v2(). Zero-initialise, then set what you need. */
typedef struct suprsend_vendor_approval_v2_params {
    /**
     * The `workspace` path parameter: a string.
     * Required.
     */
    char *workspace;
    /**
     * The `template_slug` path parameter: a string.
     * Required.
     */
    char *template_slug;
    /**
     * The `channel` path parameter: one of the values of suprsend_vendor_approval_v2_channel (stored as suprsend_vendor_approval_v2_channel_val).
     * Required.
     */
    suprsend_vendor_approval_v2_channel_val channel;
    /**
     * The `variant_id` path parameter: a string.
     * Required.
     */
    char *variant_id;
    bool has_mode; /**< true when mode is set */
    /** Default: `"live"`. */
    suprsend_vendor_approval_v2_mode_val mode;
} suprsend_vendor_approval_v2_params;

/**
 * Add or Update Vendor Approval
 *
 * Add or update a vendor approval entry for a WhatsApp or SMS variant. Use this to record approval
 * status from the vendor portal, including the vendor template ID and name.
 *
 * Sent to https://management-api.suprsend.com, this operation's own server (config.servers redirects it).
 *
 * `PATCH /v2/{workspace}/template/{template_slug}/channel/{channel}/variant/{variant_id}/vendor_approval/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters; required: workspace, template_slug, channel, variant_id
 * @param body request body: suprsend_vendor_approval_v2_request, sent as JSON; required
 * @param out receives the result on success (suprsend_json_map_free() it), NULL otherwise; may be NULL to discard. Vendor approval entry updated
 * @param err receives details on failure (may be NULL); release with suprsend_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int suprsend_vendor_approval_v2(suprsend_client *client, const suprsend_vendor_approval_v2_params *params,
                                            const suprsend_vendor_approval_v2_request *body, apic_json_map **out,
                                            suprsend_error *err);
/** Descriptor of suprsend_vendor_approval_v2(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation suprsend_vendor_approval_v2_op;

/**
 * Completion of suprsend_vendor_approval_v2_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to suprsend_vendor_approval_v2_async()
 * @param rc 0, or what suprsend_vendor_approval_v2() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what suprsend_vendor_approval_v2()'s out would receive, owned by the
 * callback (suprsend_json_map_free() it); NULL otherwise
 * @param err the call's error, as suprsend_vendor_approval_v2() fills it; valid until the callback
 * returns
 */
typedef void (*suprsend_vendor_approval_v2_callback)(void *user_data, int rc, apic_json_map *result,
                                                     suprsend_error *err);

/**
 * Add or Update Vendor Approval
 *
 * Asynchronous form of suprsend_vendor_approval_v2(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what suprsend_vendor_approval_v2() would
 * return; the result is the callback's to free.
 *
 * `PATCH /v2/{workspace}/template/{template_slug}/channel/{channel}/variant/{variant_id}/vendor_approval/`
 *
 * @param client a client from suprsend_client_new()
 * @param params parameters, as for suprsend_vendor_approval_v2(); read before this returns
 * @param body request body, as for suprsend_vendor_approval_v2(); read before this returns
 * @param callback called with the outcome (see suprsend_vendor_approval_v2_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * suprsend_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what suprsend_vendor_approval_v2() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see suprsend_vendor_approval_v2()
 */
APIC_EXPORT int suprsend_vendor_approval_v2_async(suprsend_client *client,
                                                  const suprsend_vendor_approval_v2_params *params,
                                                  const suprsend_vendor_approval_v2_request *body,
                                                  suprsend_vendor_approval_v2_callback callback, void *user_data,
                                                  apic_async_call **call, suprsend_error *err);

#ifdef __cplusplus
}
#endif
#endif
