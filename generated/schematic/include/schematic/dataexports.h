/**
 * @file schematic/dataexports.h
 * @brief Schematic: dataexports operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_DATAEXPORTS_H
#define SCHEMATIC_DATAEXPORTS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of schematic_dataexports_list_data_exports(). Zero-initialise, then set what you need. */
typedef struct schematic_dataexports_list_data_exports_params {
    bool has_export_type; /**< true when export_type is set */
    /** The `export_type` query parameter: one of the values of schematic_data_export_type (stored as schematic_data_export_type_val). */
    schematic_data_export_type_val export_type;
    bool has_status; /**< true when status is set */
    /** The `status` query parameter: one of the values of schematic_data_export_status (stored as schematic_data_export_status_val). */
    schematic_data_export_status_val status;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_dataexports_list_data_exports_params;

/**
 * List data exports
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /data-exports`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_dataexports_list_data_exports_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_dataexports_list_data_exports(schematic_client *client,
                                                        const schematic_dataexports_list_data_exports_params *params,
                                                        schematic_dataexports_list_data_exports_response **out,
                                                        schematic_error *err);
/** Descriptor of schematic_dataexports_list_data_exports(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_dataexports_list_data_exports_op;

/**
 * Completion of schematic_dataexports_list_data_exports_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_dataexports_list_data_exports_async()
 * @param rc 0, or what schematic_dataexports_list_data_exports() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_dataexports_list_data_exports()'s out would receive,
 * owned by the callback (schematic_dataexports_list_data_exports_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_dataexports_list_data_exports() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_dataexports_list_data_exports_callback)(void *user_data, int rc,
                                                                 schematic_dataexports_list_data_exports_response *result,
                                                                 schematic_error *err);

/**
 * List data exports
 *
 * Asynchronous form of schematic_dataexports_list_data_exports(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_dataexports_list_data_exports() would return; the result is the callback's to free.
 *
 * `GET /data-exports`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_dataexports_list_data_exports(); read before this
 * returns
 * @param callback called with the outcome (see schematic_dataexports_list_data_exports_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_dataexports_list_data_exports()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_dataexports_list_data_exports()
 */
APIC_EXPORT int schematic_dataexports_list_data_exports_async(schematic_client *client,
                                                              const schematic_dataexports_list_data_exports_params *params,
                                                              schematic_dataexports_list_data_exports_callback callback,
                                                              void *user_data, apic_async_call **call,
                                                              schematic_error *err);

/** Iteration over every item of schematic_dataexports_list_data_exports(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_dataexports_list_data_exports_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_dataexports_list_data_exports_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_dataexports_list_data_exports_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_dataexports_list_data_exports_iter_new(schematic_client *client,
                                                                 const schematic_dataexports_list_data_exports_params *params,
                                                                 schematic_dataexports_list_data_exports_iter **out,
                                                                 schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_dataexports_list_data_exports_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_dataexports_list_data_exports_iter_next(schematic_dataexports_list_data_exports_iter *it,
                                                                  const schematic_data_export_response_data **item,
                                                                  schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_dataexports_list_data_exports_iter_free(schematic_dataexports_list_data_exports_iter *it);

/**
 * Create data export
 *
 * `POST /data-exports`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_data_export_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_dataexports_create_data_export_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_dataexports_create_data_export(schematic_client *client,
                                                         const schematic_create_data_export_request_body *body,
                                                         schematic_dataexports_create_data_export_response **out,
                                                         schematic_error *err);
/** Descriptor of schematic_dataexports_create_data_export(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_dataexports_create_data_export_op;

/**
 * Completion of schematic_dataexports_create_data_export_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_dataexports_create_data_export_async()
 * @param rc 0, or what schematic_dataexports_create_data_export() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_dataexports_create_data_export()'s out would receive,
 * owned by the callback (schematic_dataexports_create_data_export_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_dataexports_create_data_export() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_dataexports_create_data_export_callback)(void *user_data, int rc,
                                                                  schematic_dataexports_create_data_export_response *result,
                                                                  schematic_error *err);

/**
 * Create data export
 *
 * Asynchronous form of schematic_dataexports_create_data_export(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_dataexports_create_data_export() would return; the result is the callback's to free.
 *
 * `POST /data-exports`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_dataexports_create_data_export(); read before this
 * returns
 * @param callback called with the outcome (see schematic_dataexports_create_data_export_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_dataexports_create_data_export()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_dataexports_create_data_export()
 */
APIC_EXPORT int schematic_dataexports_create_data_export_async(schematic_client *client,
                                                               const schematic_create_data_export_request_body *body,
                                                               schematic_dataexports_create_data_export_callback callback,
                                                               void *user_data, apic_async_call **call,
                                                               schematic_error *err);

/** Parameters of schematic_dataexports_get_data_export(). Zero-initialise, then set what you need. */
typedef struct schematic_dataexports_get_data_export_params {
    /**
     * data_export_id
     * Required.
     */
    char *data_export_id;
} schematic_dataexports_get_data_export_params;

/**
 * Get data export
 *
 * `GET /data-exports/{data_export_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: data_export_id
 * @param out receives the result on success (schematic_dataexports_get_data_export_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_dataexports_get_data_export(schematic_client *client,
                                                      const schematic_dataexports_get_data_export_params *params,
                                                      schematic_dataexports_get_data_export_response **out,
                                                      schematic_error *err);
/** Descriptor of schematic_dataexports_get_data_export(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_dataexports_get_data_export_op;

/**
 * Completion of schematic_dataexports_get_data_export_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_dataexports_get_data_export_async()
 * @param rc 0, or what schematic_dataexports_get_data_export() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_dataexports_get_data_export()'s out would receive, owned
 * by the callback (schematic_dataexports_get_data_export_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_dataexports_get_data_export() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_dataexports_get_data_export_callback)(void *user_data, int rc,
                                                               schematic_dataexports_get_data_export_response *result,
                                                               schematic_error *err);

/**
 * Get data export
 *
 * Asynchronous form of schematic_dataexports_get_data_export(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_dataexports_get_data_export() would return; the result is the callback's to free.
 *
 * `GET /data-exports/{data_export_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_dataexports_get_data_export(); read before this
 * returns
 * @param callback called with the outcome (see schematic_dataexports_get_data_export_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_dataexports_get_data_export()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_dataexports_get_data_export()
 */
APIC_EXPORT int schematic_dataexports_get_data_export_async(schematic_client *client,
                                                            const schematic_dataexports_get_data_export_params *params,
                                                            schematic_dataexports_get_data_export_callback callback,
                                                            void *user_data, apic_async_call **call,
                                                            schematic_error *err);

/** Parameters of schematic_dataexports_get_data_export_artifact(). Zero-initialise, then set what you need. */
typedef struct schematic_dataexports_get_data_export_artifact_params {
    /**
     * data_export_id
     * Required.
     */
    char *data_export_id;
} schematic_dataexports_get_data_export_artifact_params;

/**
 * Get data export artifact
 *
 * `GET /data-exports/{data_export_id}/artifact`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: data_export_id
 * @param out receives the result on success (free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_dataexports_get_data_export_artifact(schematic_client *client,
                                                               const schematic_dataexports_get_data_export_artifact_params *params,
                                                               char **out, schematic_error *err);
/** Descriptor of schematic_dataexports_get_data_export_artifact(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_dataexports_get_data_export_artifact_op;

/**
 * Completion of schematic_dataexports_get_data_export_artifact_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_dataexports_get_data_export_artifact_async()
 * @param rc 0, or what schematic_dataexports_get_data_export_artifact() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_dataexports_get_data_export_artifact()'s out would
 * receive, owned by the callback (free() it); NULL otherwise
 * @param err the call's error, as schematic_dataexports_get_data_export_artifact() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_dataexports_get_data_export_artifact_callback)(void *user_data, int rc, char *result,
                                                                        schematic_error *err);

/**
 * Get data export artifact
 *
 * Asynchronous form of schematic_dataexports_get_data_export_artifact(): returns at once; callback
 * is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_dataexports_get_data_export_artifact() would return; the result is the callback's to
 * free.
 *
 * `GET /data-exports/{data_export_id}/artifact`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_dataexports_get_data_export_artifact(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_dataexports_get_data_export_artifact_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_dataexports_get_data_export_artifact() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_dataexports_get_data_export_artifact()
 */
APIC_EXPORT int schematic_dataexports_get_data_export_artifact_async(schematic_client *client,
                                                                     const schematic_dataexports_get_data_export_artifact_params *params,
                                                                     schematic_dataexports_get_data_export_artifact_callback callback,
                                                                     void *user_data, apic_async_call **call,
                                                                     schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
