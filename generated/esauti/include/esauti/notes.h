/**
 * @file esauti/notes.h
 * @brief eSauti: notes operations. Generated; do not edit.
 */
#ifndef ESAUTI_NOTES_H
#define ESAUTI_NOTES_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of esauti_notes_list(). Zero-initialise, then set what you need. */
typedef struct esauti_notes_list_params {
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
     * Note field to order the results by.
     * JSON key: `orderBy`.
     */
    esauti_note_sort_field_val order_by;
    bool has_order_by_dir; /**< true when order_by_dir is set */
    /**
     * Direction of the ordering.
     * JSON key: `orderByDir`.
     */
    esauti_sort_direction_val order_by_dir;
    bool has_contact_id; /**< true when contact_id is set */
    /**
     * Only return notes about this contact.
     * JSON key: `contactId`.
     */
    int64_t contact_id;
    bool has_type; /**< true when type is set */
    /** Only return notes of this type. */
    esauti_note_kind_val type;
} esauti_notes_list_params;

/**
 * List notes
 *
 * Returns one page of notes, optionally only those about one contact or of one type.
 *
 * Paginated ('start' advanced by the items received, up to 'total'): the `_iter_new()`,
 * `_iter_next()` and `_iter_free()` functions beside this one go through every item, asking for
 * pages as they are needed.
 *
 * `GET /notes`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (esauti_note_list_free() it), NULL otherwise; may be NULL to discard. One page of notes.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_notes_list(esauti_client *client, const esauti_notes_list_params *params, esauti_note_list **out,
                                  esauti_error *err);
/** Descriptor of esauti_notes_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_notes_list_op;

/**
 * Completion of esauti_notes_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_notes_list_async()
 * @param rc 0, or what esauti_notes_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_notes_list()'s out would receive, owned by the callback
 * (esauti_note_list_free() it); NULL otherwise
 * @param err the call's error, as esauti_notes_list() fills it; valid until the callback returns
 */
typedef void (*esauti_notes_list_callback)(void *user_data, int rc, esauti_note_list *result, esauti_error *err);

/**
 * List notes
 *
 * Asynchronous form of esauti_notes_list(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_notes_list() would return; the result
 * is the callback's to free.
 *
 * `GET /notes`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_notes_list(); read before this returns
 * @param callback called with the outcome (see esauti_notes_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_notes_list() refuses before sending),
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_notes_list()
 */
APIC_EXPORT int esauti_notes_list_async(esauti_client *client, const esauti_notes_list_params *params,
                                        esauti_notes_list_callback callback, void *user_data, apic_async_call **call,
                                        esauti_error *err);

/** Iteration over every item of esauti_notes_list(), page after page (apic/pager.h). */
typedef struct apic_pager esauti_notes_list_iter;
/**
 * Starts iterating: nothing is sent before the first esauti_notes_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until esauti_notes_list_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int esauti_notes_list_iter_new(esauti_client *client, const esauti_notes_list_params *params,
                                           esauti_notes_list_iter **out, esauti_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or esauti_notes_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int esauti_notes_list_iter_next(esauti_notes_list_iter *it, const esauti_note **item, esauti_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void esauti_notes_list_iter_free(esauti_notes_list_iter *it);

/**
 * Create a note
 *
 * Adds a note to a contact's record.
 *
 * `POST /notes`
 *
 * @param client a client from esauti_client_new()
 * @param body request body: esauti_note_input, sent as JSON; required. The new note.
 * @param out receives the result on success (esauti_note_free() it), NULL otherwise; may be NULL to discard. The note created, with its id.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_notes_create(esauti_client *client, const esauti_note_input *body, esauti_note **out,
                                    esauti_error *err);
/** Descriptor of esauti_notes_create(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_notes_create_op;

/**
 * Completion of esauti_notes_create_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_notes_create_async()
 * @param rc 0, or what esauti_notes_create() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_notes_create()'s out would receive, owned by the callback
 * (esauti_note_free() it); NULL otherwise
 * @param err the call's error, as esauti_notes_create() fills it; valid until the callback returns
 */
typedef void (*esauti_notes_create_callback)(void *user_data, int rc, esauti_note *result, esauti_error *err);

/**
 * Create a note
 *
 * Asynchronous form of esauti_notes_create(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_notes_create() would return; the
 * result is the callback's to free.
 *
 * `POST /notes`
 *
 * @param client a client from esauti_client_new()
 * @param body request body, as for esauti_notes_create(); read before this returns
 * @param callback called with the outcome (see esauti_notes_create_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_notes_create() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_notes_create()
 */
APIC_EXPORT int esauti_notes_create_async(esauti_client *client, const esauti_note_input *body,
                                          esauti_notes_create_callback callback, void *user_data,
                                          apic_async_call **call, esauti_error *err);

/** Parameters of esauti_notes_get(). Zero-initialise, then set what you need. */
typedef struct esauti_notes_get_params {
    /**
     * Id of the note.
     * Required.
     */
    int64_t id;
} esauti_notes_get_params;

/**
 * Get a note
 *
 * Returns the note with the given id.
 *
 * `GET /notes/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param out receives the result on success (esauti_note_free() it), NULL otherwise; may be NULL to discard. The note.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_notes_get(esauti_client *client, const esauti_notes_get_params *params, esauti_note **out,
                                 esauti_error *err);
/** Descriptor of esauti_notes_get(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_notes_get_op;

/**
 * Completion of esauti_notes_get_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_notes_get_async()
 * @param rc 0, or what esauti_notes_get() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_notes_get()'s out would receive, owned by the callback
 * (esauti_note_free() it); NULL otherwise
 * @param err the call's error, as esauti_notes_get() fills it; valid until the callback returns
 */
typedef void (*esauti_notes_get_callback)(void *user_data, int rc, esauti_note *result, esauti_error *err);

/**
 * Get a note
 *
 * Asynchronous form of esauti_notes_get(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_notes_get() would return; the result
 * is the callback's to free.
 *
 * `GET /notes/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_notes_get(); read before this returns
 * @param callback called with the outcome (see esauti_notes_get_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_notes_get() refuses before sending),
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_notes_get()
 */
APIC_EXPORT int esauti_notes_get_async(esauti_client *client, const esauti_notes_get_params *params,
                                       esauti_notes_get_callback callback, void *user_data, apic_async_call **call,
                                       esauti_error *err);

/** Parameters of esauti_notes_delete(). Zero-initialise, then set what you need. */
typedef struct esauti_notes_delete_params {
    /**
     * Id of the note.
     * Required.
     */
    int64_t id;
} esauti_notes_delete_params;

/**
 * Delete a note
 *
 * Deletes the note.
 *
 * `DELETE /notes/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_notes_delete(esauti_client *client, const esauti_notes_delete_params *params, esauti_error *err);
/** Descriptor of esauti_notes_delete(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_notes_delete_op;

/**
 * Completion of esauti_notes_delete_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_notes_delete_async()
 * @param rc 0, or what esauti_notes_delete() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param err the call's error, as esauti_notes_delete() fills it; valid until the callback returns
 */
typedef void (*esauti_notes_delete_callback)(void *user_data, int rc, esauti_error *err);

/**
 * Delete a note
 *
 * Asynchronous form of esauti_notes_delete(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_notes_delete() would return.
 *
 * `DELETE /notes/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_notes_delete(); read before this returns
 * @param callback called with the outcome (see esauti_notes_delete_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_notes_delete() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_notes_delete()
 */
APIC_EXPORT int esauti_notes_delete_async(esauti_client *client, const esauti_notes_delete_params *params,
                                          esauti_notes_delete_callback callback, void *user_data,
                                          apic_async_call **call, esauti_error *err);

/** Parameters of esauti_notes_edit(). Zero-initialise, then set what you need. */
typedef struct esauti_notes_edit_params {
    /**
     * Id of the note.
     * Required.
     */
    int64_t id;
} esauti_notes_edit_params;

/**
 * Edit a note
 *
 * Changes only the fields present in the body; absent fields keep their values.
 *
 * `PATCH /notes/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param body request body: esauti_note_patch, sent as JSON; required. The fields to change.
 * @param out receives the result on success (esauti_note_free() it), NULL otherwise; may be NULL to discard. The note after the change.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_notes_edit(esauti_client *client, const esauti_notes_edit_params *params,
                                  const esauti_note_patch *body, esauti_note **out, esauti_error *err);
/** Descriptor of esauti_notes_edit(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_notes_edit_op;

/**
 * Completion of esauti_notes_edit_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_notes_edit_async()
 * @param rc 0, or what esauti_notes_edit() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_notes_edit()'s out would receive, owned by the callback
 * (esauti_note_free() it); NULL otherwise
 * @param err the call's error, as esauti_notes_edit() fills it; valid until the callback returns
 */
typedef void (*esauti_notes_edit_callback)(void *user_data, int rc, esauti_note *result, esauti_error *err);

/**
 * Edit a note
 *
 * Asynchronous form of esauti_notes_edit(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_notes_edit() would return; the result
 * is the callback's to free.
 *
 * `PATCH /notes/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_notes_edit(); read before this returns
 * @param body request body, as for esauti_notes_edit(); read before this returns
 * @param callback called with the outcome (see esauti_notes_edit_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_notes_edit() refuses before sending),
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_notes_edit()
 */
APIC_EXPORT int esauti_notes_edit_async(esauti_client *client, const esauti_notes_edit_params *params,
                                        const esauti_note_patch *body, esauti_notes_edit_callback callback,
                                        void *user_data, apic_async_call **call, esauti_error *err);

#ifdef __cplusplus
}
#endif
#endif
