/**
 * @file schematic/licenses.h
 * @brief Schematic: licenses operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_LICENSES_H
#define SCHEMATIC_LICENSES_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of schematic_licenses_list(). Zero-initialise, then set what you need. */
typedef struct schematic_licenses_list_params {
    bool has_feature_ids; /**< true when feature_ids is set */
    /** Maximum items: 100. */
    apic_string_array feature_ids;
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
} schematic_licenses_list_params;

/**
 * List licenses
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /licenses`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_licenses_list_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_licenses_list(schematic_client *client, const schematic_licenses_list_params *params,
                                        schematic_licenses_list_response **out, schematic_error *err);
/** Descriptor of schematic_licenses_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_licenses_list_op;

/**
 * Completion of schematic_licenses_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_licenses_list_async()
 * @param rc 0, or what schematic_licenses_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_licenses_list()'s out would receive, owned by the
 * callback (schematic_licenses_list_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_licenses_list() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_licenses_list_callback)(void *user_data, int rc, schematic_licenses_list_response *result,
                                                 schematic_error *err);

/**
 * List licenses
 *
 * Asynchronous form of schematic_licenses_list(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_licenses_list() would return;
 * the result is the callback's to free.
 *
 * `GET /licenses`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_licenses_list(); read before this returns
 * @param callback called with the outcome (see schematic_licenses_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_licenses_list() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_licenses_list()
 */
APIC_EXPORT int schematic_licenses_list_async(schematic_client *client, const schematic_licenses_list_params *params,
                                              schematic_licenses_list_callback callback, void *user_data,
                                              apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_licenses_list(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_licenses_list_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_licenses_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_licenses_list_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_licenses_list_iter_new(schematic_client *client, const schematic_licenses_list_params *params,
                                                 schematic_licenses_list_iter **out, schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_licenses_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_licenses_list_iter_next(schematic_licenses_list_iter *it,
                                                  const schematic_license_response_data **item, schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_licenses_list_iter_free(schematic_licenses_list_iter *it);

/** Parameters of schematic_licenses_get_single(). Zero-initialise, then set what you need. */
typedef struct schematic_licenses_get_single_params {
    /**
     * license_id
     * Required.
     */
    char *license_id;
} schematic_licenses_get_single_params;

/**
 * Get single license
 *
 * `GET /licenses/{license_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: license_id
 * @param out receives the result on success (schematic_licenses_get_single_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_licenses_get_single(schematic_client *client,
                                              const schematic_licenses_get_single_params *params,
                                              schematic_licenses_get_single_response **out, schematic_error *err);
/** Descriptor of schematic_licenses_get_single(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_licenses_get_single_op;

/**
 * Completion of schematic_licenses_get_single_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_licenses_get_single_async()
 * @param rc 0, or what schematic_licenses_get_single() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_licenses_get_single()'s out would receive, owned by the
 * callback (schematic_licenses_get_single_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_licenses_get_single() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_licenses_get_single_callback)(void *user_data, int rc,
                                                       schematic_licenses_get_single_response *result,
                                                       schematic_error *err);

/**
 * Get single license
 *
 * Asynchronous form of schematic_licenses_get_single(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what schematic_licenses_get_single()
 * would return; the result is the callback's to free.
 *
 * `GET /licenses/{license_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_licenses_get_single(); read before this returns
 * @param callback called with the outcome (see schematic_licenses_get_single_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_licenses_get_single() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_licenses_get_single()
 */
APIC_EXPORT int schematic_licenses_get_single_async(schematic_client *client,
                                                    const schematic_licenses_get_single_params *params,
                                                    schematic_licenses_get_single_callback callback, void *user_data,
                                                    apic_async_call **call, schematic_error *err);

/** Parameters of schematic_licenses_count(). Zero-initialise, then set what you need. */
typedef struct schematic_licenses_count_params {
    bool has_feature_ids; /**< true when feature_ids is set */
    /** Maximum items: 100. */
    apic_string_array feature_ids;
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
} schematic_licenses_count_params;

/**
 * Count licenses
 *
 * `GET /licenses/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_licenses_count_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_licenses_count(schematic_client *client, const schematic_licenses_count_params *params,
                                         schematic_licenses_count_response **out, schematic_error *err);
/** Descriptor of schematic_licenses_count(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_licenses_count_op;

/**
 * Completion of schematic_licenses_count_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_licenses_count_async()
 * @param rc 0, or what schematic_licenses_count() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_licenses_count()'s out would receive, owned by the
 * callback (schematic_licenses_count_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_licenses_count() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_licenses_count_callback)(void *user_data, int rc, schematic_licenses_count_response *result,
                                                  schematic_error *err);

/**
 * Count licenses
 *
 * Asynchronous form of schematic_licenses_count(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_licenses_count() would
 * return; the result is the callback's to free.
 *
 * `GET /licenses/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_licenses_count(); read before this returns
 * @param callback called with the outcome (see schematic_licenses_count_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_licenses_count() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_licenses_count()
 */
APIC_EXPORT int schematic_licenses_count_async(schematic_client *client, const schematic_licenses_count_params *params,
                                               schematic_licenses_count_callback callback, void *user_data,
                                               apic_async_call **call, schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
