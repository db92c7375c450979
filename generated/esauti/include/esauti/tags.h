/**
 * @file esauti/tags.h
 * @brief eSauti: tags operations. Generated; do not edit.
 */
#ifndef ESAUTI_TAGS_H
#define ESAUTI_TAGS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of esauti_tags_list(). Zero-initialise, then set what you need. */
typedef struct esauti_tags_list_params {
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
    bool has_order_by_dir; /**< true when order_by_dir is set */
    /**
     * Direction of the ordering.
     * JSON key: `orderByDir`.
     */
    esauti_sort_direction_val order_by_dir;
} esauti_tags_list_params;

/**
 * List tags
 *
 * Returns one page of tags matching the optional search expression.
 *
 * Paginated ('start' advanced by the items received, up to 'total'): the `_iter_new()`,
 * `_iter_next()` and `_iter_free()` functions beside this one go through every item, asking for
 * pages as they are needed.
 *
 * `GET /tags`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (esauti_tag_list_free() it), NULL otherwise; may be NULL to discard. One page of tags.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_tags_list(esauti_client *client, const esauti_tags_list_params *params, esauti_tag_list **out,
                                 esauti_error *err);
/** Descriptor of esauti_tags_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_tags_list_op;

/**
 * Completion of esauti_tags_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_tags_list_async()
 * @param rc 0, or what esauti_tags_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_tags_list()'s out would receive, owned by the callback
 * (esauti_tag_list_free() it); NULL otherwise
 * @param err the call's error, as esauti_tags_list() fills it; valid until the callback returns
 */
typedef void (*esauti_tags_list_callback)(void *user_data, int rc, esauti_tag_list *result, esauti_error *err);

/**
 * List tags
 *
 * Asynchronous form of esauti_tags_list(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_tags_list() would return; the result
 * is the callback's to free.
 *
 * `GET /tags`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_tags_list(); read before this returns
 * @param callback called with the outcome (see esauti_tags_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_tags_list() refuses before sending),
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_tags_list()
 */
APIC_EXPORT int esauti_tags_list_async(esauti_client *client, const esauti_tags_list_params *params,
                                       esauti_tags_list_callback callback, void *user_data, apic_async_call **call,
                                       esauti_error *err);

/** Iteration over every item of esauti_tags_list(), page after page (apic/pager.h). */
typedef struct apic_pager esauti_tags_list_iter;
/**
 * Starts iterating: nothing is sent before the first esauti_tags_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until esauti_tags_list_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int esauti_tags_list_iter_new(esauti_client *client, const esauti_tags_list_params *params,
                                          esauti_tags_list_iter **out, esauti_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or esauti_tags_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int esauti_tags_list_iter_next(esauti_tags_list_iter *it, const esauti_tag **item, esauti_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void esauti_tags_list_iter_free(esauti_tags_list_iter *it);

/**
 * Create a tag
 *
 * Creates a tag. Tags are also created on the fly when a contact is given an unknown one.
 *
 * `POST /tags`
 *
 * @param client a client from esauti_client_new()
 * @param body request body: esauti_tag_input, sent as JSON; required. The new tag.
 * @param out receives the result on success (esauti_tag_free() it), NULL otherwise; may be NULL to discard. The tag created, with its id.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_tags_create(esauti_client *client, const esauti_tag_input *body, esauti_tag **out,
                                   esauti_error *err);
/** Descriptor of esauti_tags_create(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_tags_create_op;

/**
 * Completion of esauti_tags_create_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_tags_create_async()
 * @param rc 0, or what esauti_tags_create() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_tags_create()'s out would receive, owned by the callback
 * (esauti_tag_free() it); NULL otherwise
 * @param err the call's error, as esauti_tags_create() fills it; valid until the callback returns
 */
typedef void (*esauti_tags_create_callback)(void *user_data, int rc, esauti_tag *result, esauti_error *err);

/**
 * Create a tag
 *
 * Asynchronous form of esauti_tags_create(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_tags_create() would return; the result
 * is the callback's to free.
 *
 * `POST /tags`
 *
 * @param client a client from esauti_client_new()
 * @param body request body, as for esauti_tags_create(); read before this returns
 * @param callback called with the outcome (see esauti_tags_create_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_tags_create() refuses before sending),
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_tags_create()
 */
APIC_EXPORT int esauti_tags_create_async(esauti_client *client, const esauti_tag_input *body,
                                         esauti_tags_create_callback callback, void *user_data, apic_async_call **call,
                                         esauti_error *err);

/** Parameters of esauti_tags_get(). Zero-initialise, then set what you need. */
typedef struct esauti_tags_get_params {
    /**
     * Id of the tag.
     * Required.
     */
    int64_t id;
} esauti_tags_get_params;

/**
 * Get a tag
 *
 * Returns the tag with the given id.
 *
 * `GET /tags/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param out receives the result on success (esauti_tag_free() it), NULL otherwise; may be NULL to discard. The tag.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_tags_get(esauti_client *client, const esauti_tags_get_params *params, esauti_tag **out,
                                esauti_error *err);
/** Descriptor of esauti_tags_get(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_tags_get_op;

/**
 * Completion of esauti_tags_get_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_tags_get_async()
 * @param rc 0, or what esauti_tags_get() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_tags_get()'s out would receive, owned by the callback
 * (esauti_tag_free() it); NULL otherwise
 * @param err the call's error, as esauti_tags_get() fills it; valid until the callback returns
 */
typedef void (*esauti_tags_get_callback)(void *user_data, int rc, esauti_tag *result, esauti_error *err);

/**
 * Get a tag
 *
 * Asynchronous form of esauti_tags_get(): returns at once; callback is called exactly once, later,
 * on the loop thread (apic/async.h) with what esauti_tags_get() would return; the result is the
 * callback's to free.
 *
 * `GET /tags/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_tags_get(); read before this returns
 * @param callback called with the outcome (see esauti_tags_get_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_tags_get() refuses before sending),
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_tags_get()
 */
APIC_EXPORT int esauti_tags_get_async(esauti_client *client, const esauti_tags_get_params *params,
                                      esauti_tags_get_callback callback, void *user_data, apic_async_call **call,
                                      esauti_error *err);

/** Parameters of esauti_tags_delete(). Zero-initialise, then set what you need. */
typedef struct esauti_tags_delete_params {
    /**
     * Id of the tag.
     * Required.
     */
    int64_t id;
} esauti_tags_delete_params;

/**
 * Delete a tag
 *
 * Deletes the tag and removes it from every contact.
 *
 * `DELETE /tags/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_tags_delete(esauti_client *client, const esauti_tags_delete_params *params, esauti_error *err);
/** Descriptor of esauti_tags_delete(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_tags_delete_op;

/**
 * Completion of esauti_tags_delete_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_tags_delete_async()
 * @param rc 0, or what esauti_tags_delete() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param err the call's error, as esauti_tags_delete() fills it; valid until the callback returns
 */
typedef void (*esauti_tags_delete_callback)(void *user_data, int rc, esauti_error *err);

/**
 * Delete a tag
 *
 * Asynchronous form of esauti_tags_delete(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_tags_delete() would return.
 *
 * `DELETE /tags/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_tags_delete(); read before this returns
 * @param callback called with the outcome (see esauti_tags_delete_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_tags_delete() refuses before sending),
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_tags_delete()
 */
APIC_EXPORT int esauti_tags_delete_async(esauti_client *client, const esauti_tags_delete_params *params,
                                         esauti_tags_delete_callback callback, void *user_data, apic_async_call **call,
                                         esauti_error *err);

/** Parameters of esauti_tags_edit(). Zero-initialise, then set what you need. */
typedef struct esauti_tags_edit_params {
    /**
     * Id of the tag.
     * Required.
     */
    int64_t id;
} esauti_tags_edit_params;

/**
 * Edit a tag
 *
 * Renames the tag or changes its description; contacts keep the renamed tag.
 *
 * `PATCH /tags/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param body request body: esauti_tag_patch, sent as JSON; required. The fields to change.
 * @param out receives the result on success (esauti_tag_free() it), NULL otherwise; may be NULL to discard. The tag after the change.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_tags_edit(esauti_client *client, const esauti_tags_edit_params *params,
                                 const esauti_tag_patch *body, esauti_tag **out, esauti_error *err);
/** Descriptor of esauti_tags_edit(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_tags_edit_op;

/**
 * Completion of esauti_tags_edit_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_tags_edit_async()
 * @param rc 0, or what esauti_tags_edit() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_tags_edit()'s out would receive, owned by the callback
 * (esauti_tag_free() it); NULL otherwise
 * @param err the call's error, as esauti_tags_edit() fills it; valid until the callback returns
 */
typedef void (*esauti_tags_edit_callback)(void *user_data, int rc, esauti_tag *result, esauti_error *err);

/**
 * Edit a tag
 *
 * Asynchronous form of esauti_tags_edit(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_tags_edit() would return; the result
 * is the callback's to free.
 *
 * `PATCH /tags/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_tags_edit(); read before this returns
 * @param body request body, as for esauti_tags_edit(); read before this returns
 * @param callback called with the outcome (see esauti_tags_edit_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_tags_edit() refuses before sending),
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_tags_edit()
 */
APIC_EXPORT int esauti_tags_edit_async(esauti_client *client, const esauti_tags_edit_params *params,
                                       const esauti_tag_patch *body, esauti_tags_edit_callback callback,
                                       void *user_data, apic_async_call **call, esauti_error *err);

#ifdef __cplusplus
}
#endif
#endif
