/**
 * @file schematic/catalogs.h
 * @brief Schematic: catalogs operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_CATALOGS_H
#define SCHEMATIC_CATALOGS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of schematic_catalogs_list(). Zero-initialise, then set what you need. */
typedef struct schematic_catalogs_list_params {
    bool has_is_default; /**< true when is_default is set */
    /** The `is_default` query parameter: true or false. */
    bool is_default;
    /** Search by catalog name */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_catalogs_list_params;

/**
 * List catalogs
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /catalogs`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_catalogs_list_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_catalogs_list(schematic_client *client, const schematic_catalogs_list_params *params,
                                        schematic_catalogs_list_response **out, schematic_error *err);
/** Descriptor of schematic_catalogs_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_catalogs_list_op;

/**
 * Completion of schematic_catalogs_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_catalogs_list_async()
 * @param rc 0, or what schematic_catalogs_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_catalogs_list()'s out would receive, owned by the
 * callback (schematic_catalogs_list_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_catalogs_list() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_catalogs_list_callback)(void *user_data, int rc, schematic_catalogs_list_response *result,
                                                 schematic_error *err);

/**
 * List catalogs
 *
 * Asynchronous form of schematic_catalogs_list(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_catalogs_list() would return;
 * the result is the callback's to free.
 *
 * `GET /catalogs`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_catalogs_list(); read before this returns
 * @param callback called with the outcome (see schematic_catalogs_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_catalogs_list() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_catalogs_list()
 */
APIC_EXPORT int schematic_catalogs_list_async(schematic_client *client, const schematic_catalogs_list_params *params,
                                              schematic_catalogs_list_callback callback, void *user_data,
                                              apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_catalogs_list(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_catalogs_list_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_catalogs_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_catalogs_list_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_catalogs_list_iter_new(schematic_client *client, const schematic_catalogs_list_params *params,
                                                 schematic_catalogs_list_iter **out, schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_catalogs_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_catalogs_list_iter_next(schematic_catalogs_list_iter *it,
                                                  const schematic_catalog_response_data **item, schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_catalogs_list_iter_free(schematic_catalogs_list_iter *it);

/**
 * Create catalog
 *
 * `POST /catalogs`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_catalog_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_catalogs_create_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_catalogs_create(schematic_client *client, const schematic_create_catalog_request_body *body,
                                          schematic_catalogs_create_response **out, schematic_error *err);
/** Descriptor of schematic_catalogs_create(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_catalogs_create_op;

/**
 * Completion of schematic_catalogs_create_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_catalogs_create_async()
 * @param rc 0, or what schematic_catalogs_create() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_catalogs_create()'s out would receive, owned by the
 * callback (schematic_catalogs_create_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_catalogs_create() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_catalogs_create_callback)(void *user_data, int rc, schematic_catalogs_create_response *result,
                                                   schematic_error *err);

/**
 * Create catalog
 *
 * Asynchronous form of schematic_catalogs_create(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_catalogs_create() would
 * return; the result is the callback's to free.
 *
 * `POST /catalogs`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_catalogs_create(); read before this returns
 * @param callback called with the outcome (see schematic_catalogs_create_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_catalogs_create() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_catalogs_create()
 */
APIC_EXPORT int schematic_catalogs_create_async(schematic_client *client,
                                                const schematic_create_catalog_request_body *body,
                                                schematic_catalogs_create_callback callback, void *user_data,
                                                apic_async_call **call, schematic_error *err);

/** Parameters of schematic_catalogs_get(). Zero-initialise, then set what you need. */
typedef struct schematic_catalogs_get_params {
    /**
     * catalog_id
     * Required.
     */
    char *catalog_id;
} schematic_catalogs_get_params;

/**
 * Get catalog
 *
 * `GET /catalogs/{catalog_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: catalog_id
 * @param out receives the result on success (schematic_catalogs_get_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_catalogs_get(schematic_client *client, const schematic_catalogs_get_params *params,
                                       schematic_catalogs_get_response **out, schematic_error *err);
/** Descriptor of schematic_catalogs_get(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_catalogs_get_op;

/**
 * Completion of schematic_catalogs_get_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_catalogs_get_async()
 * @param rc 0, or what schematic_catalogs_get() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_catalogs_get()'s out would receive, owned by the
 * callback (schematic_catalogs_get_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_catalogs_get() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_catalogs_get_callback)(void *user_data, int rc, schematic_catalogs_get_response *result,
                                                schematic_error *err);

/**
 * Get catalog
 *
 * Asynchronous form of schematic_catalogs_get(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what schematic_catalogs_get() would return; the
 * result is the callback's to free.
 *
 * `GET /catalogs/{catalog_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_catalogs_get(); read before this returns
 * @param callback called with the outcome (see schematic_catalogs_get_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_catalogs_get() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_catalogs_get()
 */
APIC_EXPORT int schematic_catalogs_get_async(schematic_client *client, const schematic_catalogs_get_params *params,
                                             schematic_catalogs_get_callback callback, void *user_data,
                                             apic_async_call **call, schematic_error *err);

/** Parameters of schematic_catalogs_update(). Zero-initialise, then set what you need. */
typedef struct schematic_catalogs_update_params {
    /**
     * catalog_id
     * Required.
     */
    char *catalog_id;
} schematic_catalogs_update_params;

/**
 * Update catalog
 *
 * `PUT /catalogs/{catalog_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: catalog_id
 * @param body request body: schematic_update_catalog_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_catalogs_update_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_catalogs_update(schematic_client *client, const schematic_catalogs_update_params *params,
                                          const schematic_update_catalog_request_body *body,
                                          schematic_catalogs_update_response **out, schematic_error *err);
/** Descriptor of schematic_catalogs_update(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_catalogs_update_op;

/**
 * Completion of schematic_catalogs_update_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_catalogs_update_async()
 * @param rc 0, or what schematic_catalogs_update() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_catalogs_update()'s out would receive, owned by the
 * callback (schematic_catalogs_update_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_catalogs_update() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_catalogs_update_callback)(void *user_data, int rc, schematic_catalogs_update_response *result,
                                                   schematic_error *err);

/**
 * Update catalog
 *
 * Asynchronous form of schematic_catalogs_update(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_catalogs_update() would
 * return; the result is the callback's to free.
 *
 * `PUT /catalogs/{catalog_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_catalogs_update(); read before this returns
 * @param body request body, as for schematic_catalogs_update(); read before this returns
 * @param callback called with the outcome (see schematic_catalogs_update_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_catalogs_update() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_catalogs_update()
 */
APIC_EXPORT int schematic_catalogs_update_async(schematic_client *client,
                                                const schematic_catalogs_update_params *params,
                                                const schematic_update_catalog_request_body *body,
                                                schematic_catalogs_update_callback callback, void *user_data,
                                                apic_async_call **call, schematic_error *err);

/** Parameters of schematic_catalogs_delete(). Zero-initialise, then set what you need. */
typedef struct schematic_catalogs_delete_params {
    /**
     * catalog_id
     * Required.
     */
    char *catalog_id;
} schematic_catalogs_delete_params;

/**
 * Delete catalog
 *
 * `DELETE /catalogs/{catalog_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: catalog_id
 * @param out receives the result on success (schematic_catalogs_delete_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_catalogs_delete(schematic_client *client, const schematic_catalogs_delete_params *params,
                                          schematic_catalogs_delete_response **out, schematic_error *err);
/** Descriptor of schematic_catalogs_delete(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_catalogs_delete_op;

/**
 * Completion of schematic_catalogs_delete_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_catalogs_delete_async()
 * @param rc 0, or what schematic_catalogs_delete() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_catalogs_delete()'s out would receive, owned by the
 * callback (schematic_catalogs_delete_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_catalogs_delete() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_catalogs_delete_callback)(void *user_data, int rc, schematic_catalogs_delete_response *result,
                                                   schematic_error *err);

/**
 * Delete catalog
 *
 * Asynchronous form of schematic_catalogs_delete(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_catalogs_delete() would
 * return; the result is the callback's to free.
 *
 * `DELETE /catalogs/{catalog_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_catalogs_delete(); read before this returns
 * @param callback called with the outcome (see schematic_catalogs_delete_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_catalogs_delete() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_catalogs_delete()
 */
APIC_EXPORT int schematic_catalogs_delete_async(schematic_client *client,
                                                const schematic_catalogs_delete_params *params,
                                                schematic_catalogs_delete_callback callback, void *user_data,
                                                apic_async_call **call, schematic_error *err);

/** Parameters of schematic_catalogs_get_configuration(). Zero-initialise, then set what you need. */
typedef struct schematic_catalogs_get_configuration_params {
    /**
     * catalog_id
     * Required.
     */
    char *catalog_id;
} schematic_catalogs_get_configuration_params;

/**
 * Get configuration
 *
 * `GET /catalogs/{catalog_id}/configuration`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: catalog_id
 * @param out receives the result on success (schematic_catalogs_get_configuration_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_catalogs_get_configuration(schematic_client *client,
                                                     const schematic_catalogs_get_configuration_params *params,
                                                     schematic_catalogs_get_configuration_response **out,
                                                     schematic_error *err);
/** Descriptor of schematic_catalogs_get_configuration(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_catalogs_get_configuration_op;

/**
 * Completion of schematic_catalogs_get_configuration_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_catalogs_get_configuration_async()
 * @param rc 0, or what schematic_catalogs_get_configuration() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_catalogs_get_configuration()'s out would receive, owned
 * by the callback (schematic_catalogs_get_configuration_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_catalogs_get_configuration() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_catalogs_get_configuration_callback)(void *user_data, int rc,
                                                              schematic_catalogs_get_configuration_response *result,
                                                              schematic_error *err);

/**
 * Get configuration
 *
 * Asynchronous form of schematic_catalogs_get_configuration(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_catalogs_get_configuration() would return; the result is the callback's to free.
 *
 * `GET /catalogs/{catalog_id}/configuration`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_catalogs_get_configuration(); read before this
 * returns
 * @param callback called with the outcome (see schematic_catalogs_get_configuration_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_catalogs_get_configuration()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_catalogs_get_configuration()
 */
APIC_EXPORT int schematic_catalogs_get_configuration_async(schematic_client *client,
                                                           const schematic_catalogs_get_configuration_params *params,
                                                           schematic_catalogs_get_configuration_callback callback,
                                                           void *user_data, apic_async_call **call,
                                                           schematic_error *err);

/** Parameters of schematic_catalogs_update_configuration(). Zero-initialise, then set what you need. */
typedef struct schematic_catalogs_update_configuration_params {
    /**
     * catalog_id
     * Required.
     */
    char *catalog_id;
} schematic_catalogs_update_configuration_params;

/**
 * Update configuration
 *
 * `PUT /catalogs/{catalog_id}/configuration`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: catalog_id
 * @param body request body: schematic_update_catalog_configuration_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_catalogs_update_configuration_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_catalogs_update_configuration(schematic_client *client,
                                                        const schematic_catalogs_update_configuration_params *params,
                                                        const schematic_update_catalog_configuration_request_body *body,
                                                        schematic_catalogs_update_configuration_response **out,
                                                        schematic_error *err);
/** Descriptor of schematic_catalogs_update_configuration(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_catalogs_update_configuration_op;

/**
 * Completion of schematic_catalogs_update_configuration_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_catalogs_update_configuration_async()
 * @param rc 0, or what schematic_catalogs_update_configuration() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_catalogs_update_configuration()'s out would receive,
 * owned by the callback (schematic_catalogs_update_configuration_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_catalogs_update_configuration() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_catalogs_update_configuration_callback)(void *user_data, int rc,
                                                                 schematic_catalogs_update_configuration_response *result,
                                                                 schematic_error *err);

/**
 * Update configuration
 *
 * Asynchronous form of schematic_catalogs_update_configuration(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_catalogs_update_configuration() would return; the result is the callback's to free.
 *
 * `PUT /catalogs/{catalog_id}/configuration`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_catalogs_update_configuration(); read before this
 * returns
 * @param body request body, as for schematic_catalogs_update_configuration(); read before this
 * returns
 * @param callback called with the outcome (see schematic_catalogs_update_configuration_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_catalogs_update_configuration()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_catalogs_update_configuration()
 */
APIC_EXPORT int schematic_catalogs_update_configuration_async(schematic_client *client,
                                                              const schematic_catalogs_update_configuration_params *params,
                                                              const schematic_update_catalog_configuration_request_body *body,
                                                              schematic_catalogs_update_configuration_callback callback,
                                                              void *user_data, apic_async_call **call,
                                                              schematic_error *err);

/** Parameters of schematic_catalogs_get_credit_bundles_in(). Zero-initialise, then set what you need. */
typedef struct schematic_catalogs_get_credit_bundles_in_params {
    /**
     * catalog_id
     * Required.
     */
    char *catalog_id;
} schematic_catalogs_get_credit_bundles_in_params;

/**
 * Get credit bundles in catalog
 *
 * `GET /catalogs/{catalog_id}/credit-bundles`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: catalog_id
 * @param out receives the result on success (schematic_catalogs_get_credit_bundles_in_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_catalogs_get_credit_bundles_in(schematic_client *client,
                                                         const schematic_catalogs_get_credit_bundles_in_params *params,
                                                         schematic_catalogs_get_credit_bundles_in_response **out,
                                                         schematic_error *err);
/** Descriptor of schematic_catalogs_get_credit_bundles_in(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_catalogs_get_credit_bundles_in_op;

/**
 * Completion of schematic_catalogs_get_credit_bundles_in_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_catalogs_get_credit_bundles_in_async()
 * @param rc 0, or what schematic_catalogs_get_credit_bundles_in() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_catalogs_get_credit_bundles_in()'s out would receive,
 * owned by the callback (schematic_catalogs_get_credit_bundles_in_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_catalogs_get_credit_bundles_in() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_catalogs_get_credit_bundles_in_callback)(void *user_data, int rc,
                                                                  schematic_catalogs_get_credit_bundles_in_response *result,
                                                                  schematic_error *err);

/**
 * Get credit bundles in catalog
 *
 * Asynchronous form of schematic_catalogs_get_credit_bundles_in(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_catalogs_get_credit_bundles_in() would return; the result is the callback's to free.
 *
 * `GET /catalogs/{catalog_id}/credit-bundles`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_catalogs_get_credit_bundles_in(); read before this
 * returns
 * @param callback called with the outcome (see schematic_catalogs_get_credit_bundles_in_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_catalogs_get_credit_bundles_in()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_catalogs_get_credit_bundles_in()
 */
APIC_EXPORT int schematic_catalogs_get_credit_bundles_in_async(schematic_client *client,
                                                               const schematic_catalogs_get_credit_bundles_in_params *params,
                                                               schematic_catalogs_get_credit_bundles_in_callback callback,
                                                               void *user_data, apic_async_call **call,
                                                               schematic_error *err);

/** Parameters of schematic_catalogs_add_credit_bundle(). Zero-initialise, then set what you need. */
typedef struct schematic_catalogs_add_credit_bundle_params {
    /**
     * catalog_id
     * Required.
     */
    char *catalog_id;
    /**
     * credit_bundle_id
     * Required.
     */
    char *credit_bundle_id;
} schematic_catalogs_add_credit_bundle_params;

/**
 * Add credit bundle
 *
 * `POST /catalogs/{catalog_id}/credit-bundles/{credit_bundle_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: catalog_id, credit_bundle_id
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_catalogs_add_credit_bundle(schematic_client *client,
                                                     const schematic_catalogs_add_credit_bundle_params *params,
                                                     schematic_error *err);
/** Descriptor of schematic_catalogs_add_credit_bundle(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_catalogs_add_credit_bundle_op;

/**
 * Completion of schematic_catalogs_add_credit_bundle_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_catalogs_add_credit_bundle_async()
 * @param rc 0, or what schematic_catalogs_add_credit_bundle() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param err the call's error, as schematic_catalogs_add_credit_bundle() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_catalogs_add_credit_bundle_callback)(void *user_data, int rc, schematic_error *err);

/**
 * Add credit bundle
 *
 * Asynchronous form of schematic_catalogs_add_credit_bundle(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_catalogs_add_credit_bundle() would return.
 *
 * `POST /catalogs/{catalog_id}/credit-bundles/{credit_bundle_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_catalogs_add_credit_bundle(); read before this
 * returns
 * @param callback called with the outcome (see schematic_catalogs_add_credit_bundle_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_catalogs_add_credit_bundle()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_catalogs_add_credit_bundle()
 */
APIC_EXPORT int schematic_catalogs_add_credit_bundle_async(schematic_client *client,
                                                           const schematic_catalogs_add_credit_bundle_params *params,
                                                           schematic_catalogs_add_credit_bundle_callback callback,
                                                           void *user_data, apic_async_call **call,
                                                           schematic_error *err);

/** Parameters of schematic_catalogs_remove_credit_bundle(). Zero-initialise, then set what you need. */
typedef struct schematic_catalogs_remove_credit_bundle_params {
    /**
     * catalog_id
     * Required.
     */
    char *catalog_id;
    /**
     * credit_bundle_id
     * Required.
     */
    char *credit_bundle_id;
} schematic_catalogs_remove_credit_bundle_params;

/**
 * Remove credit bundle
 *
 * `DELETE /catalogs/{catalog_id}/credit-bundles/{credit_bundle_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: catalog_id, credit_bundle_id
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_catalogs_remove_credit_bundle(schematic_client *client,
                                                        const schematic_catalogs_remove_credit_bundle_params *params,
                                                        schematic_error *err);
/** Descriptor of schematic_catalogs_remove_credit_bundle(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_catalogs_remove_credit_bundle_op;

/**
 * Completion of schematic_catalogs_remove_credit_bundle_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_catalogs_remove_credit_bundle_async()
 * @param rc 0, or what schematic_catalogs_remove_credit_bundle() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param err the call's error, as schematic_catalogs_remove_credit_bundle() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_catalogs_remove_credit_bundle_callback)(void *user_data, int rc, schematic_error *err);

/**
 * Remove credit bundle
 *
 * Asynchronous form of schematic_catalogs_remove_credit_bundle(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_catalogs_remove_credit_bundle() would return.
 *
 * `DELETE /catalogs/{catalog_id}/credit-bundles/{credit_bundle_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_catalogs_remove_credit_bundle(); read before this
 * returns
 * @param callback called with the outcome (see schematic_catalogs_remove_credit_bundle_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_catalogs_remove_credit_bundle()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_catalogs_remove_credit_bundle()
 */
APIC_EXPORT int schematic_catalogs_remove_credit_bundle_async(schematic_client *client,
                                                              const schematic_catalogs_remove_credit_bundle_params *params,
                                                              schematic_catalogs_remove_credit_bundle_callback callback,
                                                              void *user_data, apic_async_call **call,
                                                              schematic_error *err);

/** Parameters of schematic_catalogs_get_derived_features(). Zero-initialise, then set what you need. */
typedef struct schematic_catalogs_get_derived_features_params {
    /**
     * catalog_id
     * Required.
     */
    char *catalog_id;
} schematic_catalogs_get_derived_features_params;

/**
 * Get derived features
 *
 * `GET /catalogs/{catalog_id}/features`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: catalog_id
 * @param out receives the result on success (schematic_catalogs_get_derived_features_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_catalogs_get_derived_features(schematic_client *client,
                                                        const schematic_catalogs_get_derived_features_params *params,
                                                        schematic_catalogs_get_derived_features_response **out,
                                                        schematic_error *err);
/** Descriptor of schematic_catalogs_get_derived_features(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_catalogs_get_derived_features_op;

/**
 * Completion of schematic_catalogs_get_derived_features_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_catalogs_get_derived_features_async()
 * @param rc 0, or what schematic_catalogs_get_derived_features() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_catalogs_get_derived_features()'s out would receive,
 * owned by the callback (schematic_catalogs_get_derived_features_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_catalogs_get_derived_features() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_catalogs_get_derived_features_callback)(void *user_data, int rc,
                                                                 schematic_catalogs_get_derived_features_response *result,
                                                                 schematic_error *err);

/**
 * Get derived features
 *
 * Asynchronous form of schematic_catalogs_get_derived_features(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_catalogs_get_derived_features() would return; the result is the callback's to free.
 *
 * `GET /catalogs/{catalog_id}/features`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_catalogs_get_derived_features(); read before this
 * returns
 * @param callback called with the outcome (see schematic_catalogs_get_derived_features_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_catalogs_get_derived_features()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_catalogs_get_derived_features()
 */
APIC_EXPORT int schematic_catalogs_get_derived_features_async(schematic_client *client,
                                                              const schematic_catalogs_get_derived_features_params *params,
                                                              schematic_catalogs_get_derived_features_callback callback,
                                                              void *user_data, apic_async_call **call,
                                                              schematic_error *err);

/** Parameters of schematic_catalogs_get_plans_in(). Zero-initialise, then set what you need. */
typedef struct schematic_catalogs_get_plans_in_params {
    /**
     * catalog_id
     * Required.
     */
    char *catalog_id;
} schematic_catalogs_get_plans_in_params;

/**
 * Get plans in catalog
 *
 * `GET /catalogs/{catalog_id}/plans`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: catalog_id
 * @param out receives the result on success (schematic_catalogs_get_plans_in_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_catalogs_get_plans_in(schematic_client *client,
                                                const schematic_catalogs_get_plans_in_params *params,
                                                schematic_catalogs_get_plans_in_response **out, schematic_error *err);
/** Descriptor of schematic_catalogs_get_plans_in(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_catalogs_get_plans_in_op;

/**
 * Completion of schematic_catalogs_get_plans_in_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_catalogs_get_plans_in_async()
 * @param rc 0, or what schematic_catalogs_get_plans_in() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_catalogs_get_plans_in()'s out would receive, owned by
 * the callback (schematic_catalogs_get_plans_in_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_catalogs_get_plans_in() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_catalogs_get_plans_in_callback)(void *user_data, int rc,
                                                         schematic_catalogs_get_plans_in_response *result,
                                                         schematic_error *err);

/**
 * Get plans in catalog
 *
 * Asynchronous form of schematic_catalogs_get_plans_in(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_catalogs_get_plans_in() would return; the result is the callback's to free.
 *
 * `GET /catalogs/{catalog_id}/plans`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_catalogs_get_plans_in(); read before this returns
 * @param callback called with the outcome (see schematic_catalogs_get_plans_in_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_catalogs_get_plans_in() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_catalogs_get_plans_in()
 */
APIC_EXPORT int schematic_catalogs_get_plans_in_async(schematic_client *client,
                                                      const schematic_catalogs_get_plans_in_params *params,
                                                      schematic_catalogs_get_plans_in_callback callback,
                                                      void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_catalogs_add_plan(). Zero-initialise, then set what you need. */
typedef struct schematic_catalogs_add_plan_params {
    /**
     * catalog_id
     * Required.
     */
    char *catalog_id;
    /**
     * plan_id
     * Required.
     */
    char *plan_id;
} schematic_catalogs_add_plan_params;

/**
 * Add plan
 *
 * `POST /catalogs/{catalog_id}/plans/{plan_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: catalog_id, plan_id
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_catalogs_add_plan(schematic_client *client, const schematic_catalogs_add_plan_params *params,
                                            schematic_error *err);
/** Descriptor of schematic_catalogs_add_plan(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_catalogs_add_plan_op;

/**
 * Completion of schematic_catalogs_add_plan_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_catalogs_add_plan_async()
 * @param rc 0, or what schematic_catalogs_add_plan() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param err the call's error, as schematic_catalogs_add_plan() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_catalogs_add_plan_callback)(void *user_data, int rc, schematic_error *err);

/**
 * Add plan
 *
 * Asynchronous form of schematic_catalogs_add_plan(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_catalogs_add_plan() would
 * return.
 *
 * `POST /catalogs/{catalog_id}/plans/{plan_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_catalogs_add_plan(); read before this returns
 * @param callback called with the outcome (see schematic_catalogs_add_plan_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_catalogs_add_plan() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_catalogs_add_plan()
 */
APIC_EXPORT int schematic_catalogs_add_plan_async(schematic_client *client,
                                                  const schematic_catalogs_add_plan_params *params,
                                                  schematic_catalogs_add_plan_callback callback, void *user_data,
                                                  apic_async_call **call, schematic_error *err);

/** Parameters of schematic_catalogs_remove_plan(). Zero-initialise, then set what you need. */
typedef struct schematic_catalogs_remove_plan_params {
    /**
     * catalog_id
     * Required.
     */
    char *catalog_id;
    /**
     * plan_id
     * Required.
     */
    char *plan_id;
} schematic_catalogs_remove_plan_params;

/**
 * Remove plan
 *
 * `DELETE /catalogs/{catalog_id}/plans/{plan_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: catalog_id, plan_id
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_catalogs_remove_plan(schematic_client *client,
                                               const schematic_catalogs_remove_plan_params *params,
                                               schematic_error *err);
/** Descriptor of schematic_catalogs_remove_plan(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_catalogs_remove_plan_op;

/**
 * Completion of schematic_catalogs_remove_plan_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_catalogs_remove_plan_async()
 * @param rc 0, or what schematic_catalogs_remove_plan() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param err the call's error, as schematic_catalogs_remove_plan() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_catalogs_remove_plan_callback)(void *user_data, int rc, schematic_error *err);

/**
 * Remove plan
 *
 * Asynchronous form of schematic_catalogs_remove_plan(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_catalogs_remove_plan() would return.
 *
 * `DELETE /catalogs/{catalog_id}/plans/{plan_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_catalogs_remove_plan(); read before this returns
 * @param callback called with the outcome (see schematic_catalogs_remove_plan_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_catalogs_remove_plan() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_catalogs_remove_plan()
 */
APIC_EXPORT int schematic_catalogs_remove_plan_async(schematic_client *client,
                                                     const schematic_catalogs_remove_plan_params *params,
                                                     schematic_catalogs_remove_plan_callback callback, void *user_data,
                                                     apic_async_call **call, schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
