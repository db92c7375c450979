/**
 * @file schematic/components.h
 * @brief Schematic: components operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_COMPONENTS_H
#define SCHEMATIC_COMPONENTS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of schematic_components_list(). Zero-initialise, then set what you need. */
typedef struct schematic_components_list_params {
    /** Maximum length: 512. */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_components_list_params;

/**
 * List components
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /components`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_components_list_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_components_list(schematic_client *client, const schematic_components_list_params *params,
                                          schematic_components_list_response **out, schematic_error *err);
/** Descriptor of schematic_components_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_components_list_op;

/**
 * Completion of schematic_components_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_components_list_async()
 * @param rc 0, or what schematic_components_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_components_list()'s out would receive, owned by the
 * callback (schematic_components_list_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_components_list() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_components_list_callback)(void *user_data, int rc, schematic_components_list_response *result,
                                                   schematic_error *err);

/**
 * List components
 *
 * Asynchronous form of schematic_components_list(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_components_list() would
 * return; the result is the callback's to free.
 *
 * `GET /components`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_components_list(); read before this returns
 * @param callback called with the outcome (see schematic_components_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_components_list() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_components_list()
 */
APIC_EXPORT int schematic_components_list_async(schematic_client *client,
                                                const schematic_components_list_params *params,
                                                schematic_components_list_callback callback, void *user_data,
                                                apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_components_list(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_components_list_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_components_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_components_list_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_components_list_iter_new(schematic_client *client,
                                                   const schematic_components_list_params *params,
                                                   schematic_components_list_iter **out, schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_components_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_components_list_iter_next(schematic_components_list_iter *it,
                                                    const schematic_component_response_data **item,
                                                    schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_components_list_iter_free(schematic_components_list_iter *it);

/**
 * Create component
 *
 * `POST /components`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_component_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_components_create_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_components_create(schematic_client *client,
                                            const schematic_create_component_request_body *body,
                                            schematic_components_create_response **out, schematic_error *err);
/** Descriptor of schematic_components_create(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_components_create_op;

/**
 * Completion of schematic_components_create_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_components_create_async()
 * @param rc 0, or what schematic_components_create() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_components_create()'s out would receive, owned by the
 * callback (schematic_components_create_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_components_create() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_components_create_callback)(void *user_data, int rc,
                                                     schematic_components_create_response *result,
                                                     schematic_error *err);

/**
 * Create component
 *
 * Asynchronous form of schematic_components_create(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_components_create() would
 * return; the result is the callback's to free.
 *
 * `POST /components`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_components_create(); read before this returns
 * @param callback called with the outcome (see schematic_components_create_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_components_create() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_components_create()
 */
APIC_EXPORT int schematic_components_create_async(schematic_client *client,
                                                  const schematic_create_component_request_body *body,
                                                  schematic_components_create_callback callback, void *user_data,
                                                  apic_async_call **call, schematic_error *err);

/** Parameters of schematic_components_get(). Zero-initialise, then set what you need. */
typedef struct schematic_components_get_params {
    /**
     * component_id
     * Required.
     */
    char *component_id;
} schematic_components_get_params;

/**
 * Get component
 *
 * `GET /components/{component_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: component_id
 * @param out receives the result on success (schematic_components_get_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_components_get(schematic_client *client, const schematic_components_get_params *params,
                                         schematic_components_get_response **out, schematic_error *err);
/** Descriptor of schematic_components_get(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_components_get_op;

/**
 * Completion of schematic_components_get_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_components_get_async()
 * @param rc 0, or what schematic_components_get() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_components_get()'s out would receive, owned by the
 * callback (schematic_components_get_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_components_get() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_components_get_callback)(void *user_data, int rc, schematic_components_get_response *result,
                                                  schematic_error *err);

/**
 * Get component
 *
 * Asynchronous form of schematic_components_get(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_components_get() would
 * return; the result is the callback's to free.
 *
 * `GET /components/{component_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_components_get(); read before this returns
 * @param callback called with the outcome (see schematic_components_get_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_components_get() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_components_get()
 */
APIC_EXPORT int schematic_components_get_async(schematic_client *client, const schematic_components_get_params *params,
                                               schematic_components_get_callback callback, void *user_data,
                                               apic_async_call **call, schematic_error *err);

/** Parameters of schematic_components_update(). Zero-initialise, then set what you need. */
typedef struct schematic_components_update_params {
    /**
     * component_id
     * Required.
     */
    char *component_id;
} schematic_components_update_params;

/**
 * Update component
 *
 * `PUT /components/{component_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: component_id
 * @param body request body: schematic_update_component_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_components_update_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_components_update(schematic_client *client, const schematic_components_update_params *params,
                                            const schematic_update_component_request_body *body,
                                            schematic_components_update_response **out, schematic_error *err);
/** Descriptor of schematic_components_update(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_components_update_op;

/**
 * Completion of schematic_components_update_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_components_update_async()
 * @param rc 0, or what schematic_components_update() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_components_update()'s out would receive, owned by the
 * callback (schematic_components_update_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_components_update() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_components_update_callback)(void *user_data, int rc,
                                                     schematic_components_update_response *result,
                                                     schematic_error *err);

/**
 * Update component
 *
 * Asynchronous form of schematic_components_update(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_components_update() would
 * return; the result is the callback's to free.
 *
 * `PUT /components/{component_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_components_update(); read before this returns
 * @param body request body, as for schematic_components_update(); read before this returns
 * @param callback called with the outcome (see schematic_components_update_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_components_update() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_components_update()
 */
APIC_EXPORT int schematic_components_update_async(schematic_client *client,
                                                  const schematic_components_update_params *params,
                                                  const schematic_update_component_request_body *body,
                                                  schematic_components_update_callback callback, void *user_data,
                                                  apic_async_call **call, schematic_error *err);

/** Parameters of schematic_components_delete(). Zero-initialise, then set what you need. */
typedef struct schematic_components_delete_params {
    /**
     * component_id
     * Required.
     */
    char *component_id;
} schematic_components_delete_params;

/**
 * Delete component
 *
 * `DELETE /components/{component_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: component_id
 * @param out receives the result on success (schematic_components_delete_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_components_delete(schematic_client *client, const schematic_components_delete_params *params,
                                            schematic_components_delete_response **out, schematic_error *err);
/** Descriptor of schematic_components_delete(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_components_delete_op;

/**
 * Completion of schematic_components_delete_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_components_delete_async()
 * @param rc 0, or what schematic_components_delete() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_components_delete()'s out would receive, owned by the
 * callback (schematic_components_delete_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_components_delete() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_components_delete_callback)(void *user_data, int rc,
                                                     schematic_components_delete_response *result,
                                                     schematic_error *err);

/**
 * Delete component
 *
 * Asynchronous form of schematic_components_delete(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_components_delete() would
 * return; the result is the callback's to free.
 *
 * `DELETE /components/{component_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_components_delete(); read before this returns
 * @param callback called with the outcome (see schematic_components_delete_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_components_delete() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_components_delete()
 */
APIC_EXPORT int schematic_components_delete_async(schematic_client *client,
                                                  const schematic_components_delete_params *params,
                                                  schematic_components_delete_callback callback, void *user_data,
                                                  apic_async_call **call, schematic_error *err);

/** Parameters of schematic_components_bind_catalog(). Zero-initialise, then set what you need. */
typedef struct schematic_components_bind_catalog_params {
    /**
     * component_id
     * Required.
     */
    char *component_id;
} schematic_components_bind_catalog_params;

/**
 * Bind catalog
 *
 * `PUT /components/{component_id}/catalog`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: component_id
 * @param body request body: schematic_bind_catalog_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_components_bind_catalog_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_components_bind_catalog(schematic_client *client,
                                                  const schematic_components_bind_catalog_params *params,
                                                  const schematic_bind_catalog_request_body *body,
                                                  schematic_components_bind_catalog_response **out,
                                                  schematic_error *err);
/** Descriptor of schematic_components_bind_catalog(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_components_bind_catalog_op;

/**
 * Completion of schematic_components_bind_catalog_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_components_bind_catalog_async()
 * @param rc 0, or what schematic_components_bind_catalog() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_components_bind_catalog()'s out would receive, owned by
 * the callback (schematic_components_bind_catalog_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_components_bind_catalog() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_components_bind_catalog_callback)(void *user_data, int rc,
                                                           schematic_components_bind_catalog_response *result,
                                                           schematic_error *err);

/**
 * Bind catalog
 *
 * Asynchronous form of schematic_components_bind_catalog(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_components_bind_catalog() would return; the result is the callback's to free.
 *
 * `PUT /components/{component_id}/catalog`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_components_bind_catalog(); read before this returns
 * @param body request body, as for schematic_components_bind_catalog(); read before this returns
 * @param callback called with the outcome (see schematic_components_bind_catalog_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_components_bind_catalog() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_components_bind_catalog()
 */
APIC_EXPORT int schematic_components_bind_catalog_async(schematic_client *client,
                                                        const schematic_components_bind_catalog_params *params,
                                                        const schematic_bind_catalog_request_body *body,
                                                        schematic_components_bind_catalog_callback callback,
                                                        void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_components_count(). Zero-initialise, then set what you need. */
typedef struct schematic_components_count_params {
    /** Maximum length: 512. */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_components_count_params;

/**
 * Count components
 *
 * `GET /components/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_components_count_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_components_count(schematic_client *client, const schematic_components_count_params *params,
                                           schematic_components_count_response **out, schematic_error *err);
/** Descriptor of schematic_components_count(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_components_count_op;

/**
 * Completion of schematic_components_count_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_components_count_async()
 * @param rc 0, or what schematic_components_count() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_components_count()'s out would receive, owned by the
 * callback (schematic_components_count_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_components_count() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_components_count_callback)(void *user_data, int rc,
                                                    schematic_components_count_response *result, schematic_error *err);

/**
 * Count components
 *
 * Asynchronous form of schematic_components_count(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_components_count() would
 * return; the result is the callback's to free.
 *
 * `GET /components/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_components_count(); read before this returns
 * @param callback called with the outcome (see schematic_components_count_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_components_count() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_components_count()
 */
APIC_EXPORT int schematic_components_count_async(schematic_client *client,
                                                 const schematic_components_count_params *params,
                                                 schematic_components_count_callback callback, void *user_data,
                                                 apic_async_call **call, schematic_error *err);

/** Parameters of schematic_components_preview_data(). Zero-initialise, then set what you need. */
typedef struct schematic_components_preview_data_params {
    /** The `company_id` query parameter: a string. */
    char *company_id;
    /** The `component_id` query parameter: a string. */
    char *component_id;
} schematic_components_preview_data_params;

/**
 * Preview component data
 *
 * `GET /components/preview-data`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_components_preview_data_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_components_preview_data(schematic_client *client,
                                                  const schematic_components_preview_data_params *params,
                                                  schematic_components_preview_data_response **out,
                                                  schematic_error *err);
/** Descriptor of schematic_components_preview_data(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_components_preview_data_op;

/**
 * Completion of schematic_components_preview_data_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_components_preview_data_async()
 * @param rc 0, or what schematic_components_preview_data() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_components_preview_data()'s out would receive, owned by
 * the callback (schematic_components_preview_data_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_components_preview_data() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_components_preview_data_callback)(void *user_data, int rc,
                                                           schematic_components_preview_data_response *result,
                                                           schematic_error *err);

/**
 * Preview component data
 *
 * Asynchronous form of schematic_components_preview_data(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_components_preview_data() would return; the result is the callback's to free.
 *
 * `GET /components/preview-data`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_components_preview_data(); read before this returns
 * @param callback called with the outcome (see schematic_components_preview_data_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_components_preview_data() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_components_preview_data()
 */
APIC_EXPORT int schematic_components_preview_data_async(schematic_client *client,
                                                        const schematic_components_preview_data_params *params,
                                                        schematic_components_preview_data_callback callback,
                                                        void *user_data, apic_async_call **call, schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
