/**
 * @file esauti/segments.h
 * @brief eSauti: segments operations. Generated; do not edit.
 */
#ifndef ESAUTI_SEGMENTS_H
#define ESAUTI_SEGMENTS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of esauti_segments_list(). Zero-initialise, then set what you need. */
typedef struct esauti_segments_list_params {
    bool has_start; /**< true when start is set */
    /** Index of the first item to return (0 for the first page). */
    int32_t start;
    bool has_limit; /**< true when limit is set */
    /** Largest number of items to return. */
    int32_t limit;
    /**
     * Search expression: free text, or `field:value` with `*` as a wildcard, e.g.
     * `email:*@example.com`.
     */
    char *search;
    bool has_order_by; /**< true when order_by is set */
    /**
     * Field to order the results by.
     * JSON key: `orderBy`.
     */
    esauti_sort_field_val order_by;
    bool has_order_by_dir; /**< true when order_by_dir is set */
    /**
     * Direction of the ordering.
     * JSON key: `orderByDir`.
     */
    esauti_sort_direction_val order_by_dir;
    bool has_published_only; /**< true when published_only is set */
    /**
     * Only return published items.
     * JSON key: `publishedOnly`.
     */
    bool published_only;
} esauti_segments_list_params;

/**
 * List segments
 *
 * Returns one page of segments matching the optional search expression.
 *
 * Paginated ('start' advanced by the items received, up to 'total'): the `_iter_new()`,
 * `_iter_next()` and `_iter_free()` functions beside this one go through every item, asking for
 * pages as they are needed.
 *
 * `GET /segments`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (esauti_segment_list_free() it), NULL otherwise; may be NULL to discard. One page of segments.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_segments_list(esauti_client *client, const esauti_segments_list_params *params,
                                     esauti_segment_list **out, esauti_error *err);
/** Descriptor of esauti_segments_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_segments_list_op;

/**
 * Completion of esauti_segments_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_segments_list_async()
 * @param rc 0, or what esauti_segments_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_segments_list()'s out would receive, owned by the callback
 * (esauti_segment_list_free() it); NULL otherwise
 * @param err the call's error, as esauti_segments_list() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_segments_list_callback)(void *user_data, int rc, esauti_segment_list *result, esauti_error *err);

/**
 * List segments
 *
 * Asynchronous form of esauti_segments_list(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_segments_list() would return; the
 * result is the callback's to free.
 *
 * `GET /segments`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_segments_list(); read before this returns
 * @param callback called with the outcome (see esauti_segments_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_segments_list() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_segments_list()
 */
APIC_EXPORT int esauti_segments_list_async(esauti_client *client, const esauti_segments_list_params *params,
                                           esauti_segments_list_callback callback, void *user_data,
                                           apic_async_call **call, esauti_error *err);

/** Iteration over every item of esauti_segments_list(), page after page (apic/pager.h). */
typedef struct apic_pager esauti_segments_list_iter;
/**
 * Starts iterating: nothing is sent before the first esauti_segments_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until esauti_segments_list_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int esauti_segments_list_iter_new(esauti_client *client, const esauti_segments_list_params *params,
                                              esauti_segments_list_iter **out, esauti_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or esauti_segments_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int esauti_segments_list_iter_next(esauti_segments_list_iter *it, const esauti_segment **item,
                                               esauti_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void esauti_segments_list_iter_free(esauti_segments_list_iter *it);

/**
 * Create a segment
 *
 * Creates a segment. With filters, eSauti adds and removes matching contacts automatically;
 * without filters, members are added by hand.
 *
 * `POST /segments`
 *
 * @param client a client from esauti_client_new()
 * @param body request body: esauti_segment_input, sent as JSON; required. The new segment.
 * @param out receives the result on success (esauti_segment_free() it), NULL otherwise; may be NULL to discard. The segment created, with its id.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_segments_create(esauti_client *client, const esauti_segment_input *body, esauti_segment **out,
                                       esauti_error *err);
/** Descriptor of esauti_segments_create(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_segments_create_op;

/**
 * Completion of esauti_segments_create_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_segments_create_async()
 * @param rc 0, or what esauti_segments_create() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_segments_create()'s out would receive, owned by the
 * callback (esauti_segment_free() it); NULL otherwise
 * @param err the call's error, as esauti_segments_create() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_segments_create_callback)(void *user_data, int rc, esauti_segment *result, esauti_error *err);

/**
 * Create a segment
 *
 * Asynchronous form of esauti_segments_create(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_segments_create() would return; the
 * result is the callback's to free.
 *
 * `POST /segments`
 *
 * @param client a client from esauti_client_new()
 * @param body request body, as for esauti_segments_create(); read before this returns
 * @param callback called with the outcome (see esauti_segments_create_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_segments_create() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_segments_create()
 */
APIC_EXPORT int esauti_segments_create_async(esauti_client *client, const esauti_segment_input *body,
                                             esauti_segments_create_callback callback, void *user_data,
                                             apic_async_call **call, esauti_error *err);

/** Parameters of esauti_segments_get(). Zero-initialise, then set what you need. */
typedef struct esauti_segments_get_params {
    /**
     * Id of the segment.
     * Required.
     */
    int64_t id;
} esauti_segments_get_params;

/**
 * Get a segment
 *
 * Returns the segment with the given id, with its filters and member count.
 *
 * `GET /segments/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param out receives the result on success (esauti_segment_free() it), NULL otherwise; may be NULL to discard. The segment.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_segments_get(esauti_client *client, const esauti_segments_get_params *params,
                                    esauti_segment **out, esauti_error *err);
/** Descriptor of esauti_segments_get(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_segments_get_op;

/**
 * Completion of esauti_segments_get_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_segments_get_async()
 * @param rc 0, or what esauti_segments_get() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_segments_get()'s out would receive, owned by the callback
 * (esauti_segment_free() it); NULL otherwise
 * @param err the call's error, as esauti_segments_get() fills it; valid until the callback returns
 */
typedef void (*esauti_segments_get_callback)(void *user_data, int rc, esauti_segment *result, esauti_error *err);

/**
 * Get a segment
 *
 * Asynchronous form of esauti_segments_get(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_segments_get() would return; the
 * result is the callback's to free.
 *
 * `GET /segments/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_segments_get(); read before this returns
 * @param callback called with the outcome (see esauti_segments_get_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_segments_get() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_segments_get()
 */
APIC_EXPORT int esauti_segments_get_async(esauti_client *client, const esauti_segments_get_params *params,
                                          esauti_segments_get_callback callback, void *user_data,
                                          apic_async_call **call, esauti_error *err);

/** Parameters of esauti_segments_delete(). Zero-initialise, then set what you need. */
typedef struct esauti_segments_delete_params {
    /**
     * Id of the segment.
     * Required.
     */
    int64_t id;
} esauti_segments_delete_params;

/**
 * Delete a segment
 *
 * Deletes the segment. Its member contacts are kept.
 *
 * `DELETE /segments/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_segments_delete(esauti_client *client, const esauti_segments_delete_params *params,
                                       esauti_error *err);
/** Descriptor of esauti_segments_delete(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_segments_delete_op;

/**
 * Completion of esauti_segments_delete_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_segments_delete_async()
 * @param rc 0, or what esauti_segments_delete() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param err the call's error, as esauti_segments_delete() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_segments_delete_callback)(void *user_data, int rc, esauti_error *err);

/**
 * Delete a segment
 *
 * Asynchronous form of esauti_segments_delete(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_segments_delete() would return.
 *
 * `DELETE /segments/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_segments_delete(); read before this returns
 * @param callback called with the outcome (see esauti_segments_delete_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_segments_delete() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_segments_delete()
 */
APIC_EXPORT int esauti_segments_delete_async(esauti_client *client, const esauti_segments_delete_params *params,
                                             esauti_segments_delete_callback callback, void *user_data,
                                             apic_async_call **call, esauti_error *err);

/** Parameters of esauti_segments_edit(). Zero-initialise, then set what you need. */
typedef struct esauti_segments_edit_params {
    /**
     * Id of the segment.
     * Required.
     */
    int64_t id;
} esauti_segments_edit_params;

/**
 * Edit a segment
 *
 * Changes only the fields present in the body. A `filters` array replaces all the segment's
 * filters.
 *
 * `PATCH /segments/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param body request body: esauti_segment_patch, sent as JSON; required. The fields to change.
 * @param out receives the result on success (esauti_segment_free() it), NULL otherwise; may be NULL to discard. The segment after the change.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_segments_edit(esauti_client *client, const esauti_segments_edit_params *params,
                                     const esauti_segment_patch *body, esauti_segment **out, esauti_error *err);
/** Descriptor of esauti_segments_edit(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_segments_edit_op;

/**
 * Completion of esauti_segments_edit_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_segments_edit_async()
 * @param rc 0, or what esauti_segments_edit() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_segments_edit()'s out would receive, owned by the callback
 * (esauti_segment_free() it); NULL otherwise
 * @param err the call's error, as esauti_segments_edit() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_segments_edit_callback)(void *user_data, int rc, esauti_segment *result, esauti_error *err);

/**
 * Edit a segment
 *
 * Asynchronous form of esauti_segments_edit(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_segments_edit() would return; the
 * result is the callback's to free.
 *
 * `PATCH /segments/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_segments_edit(); read before this returns
 * @param body request body, as for esauti_segments_edit(); read before this returns
 * @param callback called with the outcome (see esauti_segments_edit_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_segments_edit() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_segments_edit()
 */
APIC_EXPORT int esauti_segments_edit_async(esauti_client *client, const esauti_segments_edit_params *params,
                                           const esauti_segment_patch *body, esauti_segments_edit_callback callback,
                                           void *user_data, apic_async_call **call, esauti_error *err);

/** Parameters of esauti_segments_add_contact(). Zero-initialise, then set what you need. */
typedef struct esauti_segments_add_contact_params {
    /**
     * Id of the segment.
     * Required.
     */
    int64_t id;
    /**
     * Id of the contact.
     * Required.
     * JSON key: `contactId`.
     */
    int64_t contact_id;
} esauti_segments_add_contact_params;

/**
 * Add a contact to a segment
 *
 * Adds the contact to the segment by hand. Adding a member again does nothing.
 *
 * `POST /segments/{id}/contacts/{contactId}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id, contact_id
 * @param out receives the result on success (esauti_action_result_free() it), NULL otherwise; may be NULL to discard. The contact is a member of the segment.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_segments_add_contact(esauti_client *client, const esauti_segments_add_contact_params *params,
                                            esauti_action_result **out, esauti_error *err);
/** Descriptor of esauti_segments_add_contact(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_segments_add_contact_op;

/**
 * Completion of esauti_segments_add_contact_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to esauti_segments_add_contact_async()
 * @param rc 0, or what esauti_segments_add_contact() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_segments_add_contact()'s out would receive, owned by the
 * callback (esauti_action_result_free() it); NULL otherwise
 * @param err the call's error, as esauti_segments_add_contact() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_segments_add_contact_callback)(void *user_data, int rc, esauti_action_result *result,
                                                     esauti_error *err);

/**
 * Add a contact to a segment
 *
 * Asynchronous form of esauti_segments_add_contact(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what esauti_segments_add_contact() would
 * return; the result is the callback's to free.
 *
 * `POST /segments/{id}/contacts/{contactId}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_segments_add_contact(); read before this returns
 * @param callback called with the outcome (see esauti_segments_add_contact_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_segments_add_contact() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_segments_add_contact()
 */
APIC_EXPORT int esauti_segments_add_contact_async(esauti_client *client,
                                                  const esauti_segments_add_contact_params *params,
                                                  esauti_segments_add_contact_callback callback, void *user_data,
                                                  apic_async_call **call, esauti_error *err);

/** Parameters of esauti_segments_remove_contact(). Zero-initialise, then set what you need. */
typedef struct esauti_segments_remove_contact_params {
    /**
     * Id of the segment.
     * Required.
     */
    int64_t id;
    /**
     * Id of the contact.
     * Required.
     * JSON key: `contactId`.
     */
    int64_t contact_id;
} esauti_segments_remove_contact_params;

/**
 * Remove a contact from a segment
 *
 * Removes the contact from the segment. A contact removed by hand is not added back by the
 * segment's filters.
 *
 * `DELETE /segments/{id}/contacts/{contactId}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id, contact_id
 * @param out receives the result on success (esauti_action_result_free() it), NULL otherwise; may be NULL to discard. The contact is no longer a member of the segment.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_segments_remove_contact(esauti_client *client,
                                               const esauti_segments_remove_contact_params *params,
                                               esauti_action_result **out, esauti_error *err);
/** Descriptor of esauti_segments_remove_contact(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_segments_remove_contact_op;

/**
 * Completion of esauti_segments_remove_contact_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to esauti_segments_remove_contact_async()
 * @param rc 0, or what esauti_segments_remove_contact() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what esauti_segments_remove_contact()'s out would receive, owned by the
 * callback (esauti_action_result_free() it); NULL otherwise
 * @param err the call's error, as esauti_segments_remove_contact() fills it; valid until the
 * callback returns
 */
typedef void (*esauti_segments_remove_contact_callback)(void *user_data, int rc, esauti_action_result *result,
                                                        esauti_error *err);

/**
 * Remove a contact from a segment
 *
 * Asynchronous form of esauti_segments_remove_contact(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * esauti_segments_remove_contact() would return; the result is the callback's to free.
 *
 * `DELETE /segments/{id}/contacts/{contactId}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_segments_remove_contact(); read before this returns
 * @param callback called with the outcome (see esauti_segments_remove_contact_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_segments_remove_contact() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_segments_remove_contact()
 */
APIC_EXPORT int esauti_segments_remove_contact_async(esauti_client *client,
                                                     const esauti_segments_remove_contact_params *params,
                                                     esauti_segments_remove_contact_callback callback, void *user_data,
                                                     apic_async_call **call, esauti_error *err);

#ifdef __cplusplus
}
#endif
#endif
