/**
 * @file esauti/contacts.h
 * @brief eSauti: contacts operations. Generated; do not edit.
 */
#ifndef ESAUTI_CONTACTS_H
#define ESAUTI_CONTACTS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of esauti_contacts_list(). Zero-initialise, then set what you need. */
typedef struct esauti_contacts_list_params {
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
     * Contact field to order the results by.
     * JSON key: `orderBy`.
     */
    esauti_contact_sort_field_val order_by;
    bool has_order_by_dir; /**< true when order_by_dir is set */
    /**
     * Direction of the ordering.
     * JSON key: `orderByDir`.
     */
    esauti_sort_direction_val order_by_dir;
    bool has_ids; /**< true when ids is set */
    /** Only return the contacts with these ids (sent comma separated, e.g. `ids=1,2,3`). */
    apic_int64_array ids;
} esauti_contacts_list_params;

/**
 * List contacts
 *
 * Returns one page of contacts matching the optional search expression, ordered as asked. Use
 * `ids` to fetch specific contacts by id.
 *
 * Paginated ('start' advanced by the items received, up to 'total'): the `_iter_new()`,
 * `_iter_next()` and `_iter_free()` functions beside this one go through every item, asking for
 * pages as they are needed.
 *
 * `GET /contacts`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (esauti_contact_list_free() it), NULL otherwise; may be NULL to discard. One page of contacts.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_contacts_list(esauti_client *client, const esauti_contacts_list_params *params,
                                     esauti_contact_list **out, esauti_error *err);
/** Descriptor of esauti_contacts_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_contacts_list_op;

/**
 * Completion of esauti_contacts_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_contacts_list_async()
 * @param rc 0, or what esauti_contacts_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_contacts_list()'s out would receive, owned by the callback
 * (esauti_contact_list_free() it); NULL otherwise
 * @param err the call's error, as esauti_contacts_list() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_contacts_list_callback)(void *user_data, int rc, esauti_contact_list *result, esauti_error *err);

/**
 * List contacts
 *
 * Asynchronous form of esauti_contacts_list(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_contacts_list() would return; the
 * result is the callback's to free.
 *
 * `GET /contacts`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_contacts_list(); read before this returns
 * @param callback called with the outcome (see esauti_contacts_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_contacts_list() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_contacts_list()
 */
APIC_EXPORT int esauti_contacts_list_async(esauti_client *client, const esauti_contacts_list_params *params,
                                           esauti_contacts_list_callback callback, void *user_data,
                                           apic_async_call **call, esauti_error *err);

/** Iteration over every item of esauti_contacts_list(), page after page (apic/pager.h). */
typedef struct apic_pager esauti_contacts_list_iter;
/**
 * Starts iterating: nothing is sent before the first esauti_contacts_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until esauti_contacts_list_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int esauti_contacts_list_iter_new(esauti_client *client, const esauti_contacts_list_params *params,
                                              esauti_contacts_list_iter **out, esauti_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or esauti_contacts_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int esauti_contacts_list_iter_next(esauti_contacts_list_iter *it, const esauti_contact **item,
                                               esauti_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void esauti_contacts_list_iter_free(esauti_contacts_list_iter *it);

/**
 * Create a contact
 *
 * Creates a contact. The email address is required; a contact with the same email address is not
 * merged: change an existing contact with `PATCH /contacts/{id}`.
 *
 * `POST /contacts`
 *
 * @param client a client from esauti_client_new()
 * @param body request body: esauti_contact_input, sent as JSON; required. The new contact.
 * @param out receives the result on success (esauti_contact_free() it), NULL otherwise; may be NULL to discard. The contact created, with its id.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_contacts_create(esauti_client *client, const esauti_contact_input *body, esauti_contact **out,
                                       esauti_error *err);
/** Descriptor of esauti_contacts_create(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_contacts_create_op;

/**
 * Completion of esauti_contacts_create_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_contacts_create_async()
 * @param rc 0, or what esauti_contacts_create() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_contacts_create()'s out would receive, owned by the
 * callback (esauti_contact_free() it); NULL otherwise
 * @param err the call's error, as esauti_contacts_create() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_contacts_create_callback)(void *user_data, int rc, esauti_contact *result, esauti_error *err);

/**
 * Create a contact
 *
 * Asynchronous form of esauti_contacts_create(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_contacts_create() would return; the
 * result is the callback's to free.
 *
 * `POST /contacts`
 *
 * @param client a client from esauti_client_new()
 * @param body request body, as for esauti_contacts_create(); read before this returns
 * @param callback called with the outcome (see esauti_contacts_create_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_contacts_create() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_contacts_create()
 */
APIC_EXPORT int esauti_contacts_create_async(esauti_client *client, const esauti_contact_input *body,
                                             esauti_contacts_create_callback callback, void *user_data,
                                             apic_async_call **call, esauti_error *err);

/**
 * Create several contacts
 *
 * Creates up to 200 contacts in one request. Contacts that fail validation are reported in
 * `errors` and do not stop the others from being created.
 *
 * `POST /contacts/batch`
 *
 * @param client a client from esauti_client_new()
 * @param body request body: esauti_contact_batch, sent as JSON; required. The contacts to create.
 * @param out receives the result on success (esauti_contact_batch_result_free() it), NULL otherwise; may be NULL to discard. The contacts created and the errors of those that were not.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_contacts_batch_create(esauti_client *client, const esauti_contact_batch *body,
                                             esauti_contact_batch_result **out, esauti_error *err);
/** Descriptor of esauti_contacts_batch_create(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_contacts_batch_create_op;

/**
 * Completion of esauti_contacts_batch_create_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to esauti_contacts_batch_create_async()
 * @param rc 0, or what esauti_contacts_batch_create() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what esauti_contacts_batch_create()'s out would receive, owned by the
 * callback (esauti_contact_batch_result_free() it); NULL otherwise
 * @param err the call's error, as esauti_contacts_batch_create() fills it; valid until the
 * callback returns
 */
typedef void (*esauti_contacts_batch_create_callback)(void *user_data, int rc, esauti_contact_batch_result *result,
                                                      esauti_error *err);

/**
 * Create several contacts
 *
 * Asynchronous form of esauti_contacts_batch_create(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what esauti_contacts_batch_create() would
 * return; the result is the callback's to free.
 *
 * `POST /contacts/batch`
 *
 * @param client a client from esauti_client_new()
 * @param body request body, as for esauti_contacts_batch_create(); read before this returns
 * @param callback called with the outcome (see esauti_contacts_batch_create_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_contacts_batch_create() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_contacts_batch_create()
 */
APIC_EXPORT int esauti_contacts_batch_create_async(esauti_client *client, const esauti_contact_batch *body,
                                                   esauti_contacts_batch_create_callback callback, void *user_data,
                                                   apic_async_call **call, esauti_error *err);

/** Parameters of esauti_contacts_get(). Zero-initialise, then set what you need. */
typedef struct esauti_contacts_get_params {
    /**
     * Id of the contact.
     * Required.
     */
    int64_t id;
} esauti_contacts_get_params;

/**
 * Get a contact
 *
 * Returns the contact with the given id.
 *
 * `GET /contacts/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param out receives the result on success (esauti_contact_free() it), NULL otherwise; may be NULL to discard. The contact.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_contacts_get(esauti_client *client, const esauti_contacts_get_params *params,
                                    esauti_contact **out, esauti_error *err);
/** Descriptor of esauti_contacts_get(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_contacts_get_op;

/**
 * Completion of esauti_contacts_get_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_contacts_get_async()
 * @param rc 0, or what esauti_contacts_get() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_contacts_get()'s out would receive, owned by the callback
 * (esauti_contact_free() it); NULL otherwise
 * @param err the call's error, as esauti_contacts_get() fills it; valid until the callback returns
 */
typedef void (*esauti_contacts_get_callback)(void *user_data, int rc, esauti_contact *result, esauti_error *err);

/**
 * Get a contact
 *
 * Asynchronous form of esauti_contacts_get(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_contacts_get() would return; the
 * result is the callback's to free.
 *
 * `GET /contacts/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_contacts_get(); read before this returns
 * @param callback called with the outcome (see esauti_contacts_get_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_contacts_get() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_contacts_get()
 */
APIC_EXPORT int esauti_contacts_get_async(esauti_client *client, const esauti_contacts_get_params *params,
                                          esauti_contacts_get_callback callback, void *user_data,
                                          apic_async_call **call, esauti_error *err);

/** Parameters of esauti_contacts_replace(). Zero-initialise, then set what you need. */
typedef struct esauti_contacts_replace_params {
    /**
     * Id of the contact.
     * Required.
     */
    int64_t id;
} esauti_contacts_replace_params;

/**
 * Replace a contact
 *
 * Replaces every field of the contact with the body; fields absent from the body are cleared.
 *
 * `PUT /contacts/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param body request body: esauti_contact_input, sent as JSON; required. The contact's new fields.
 * @param out receives the result on success (esauti_contact_free() it), NULL otherwise; may be NULL to discard. The contact after the replacement.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_contacts_replace(esauti_client *client, const esauti_contacts_replace_params *params,
                                        const esauti_contact_input *body, esauti_contact **out, esauti_error *err);
/** Descriptor of esauti_contacts_replace(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_contacts_replace_op;

/**
 * Completion of esauti_contacts_replace_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_contacts_replace_async()
 * @param rc 0, or what esauti_contacts_replace() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_contacts_replace()'s out would receive, owned by the
 * callback (esauti_contact_free() it); NULL otherwise
 * @param err the call's error, as esauti_contacts_replace() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_contacts_replace_callback)(void *user_data, int rc, esauti_contact *result, esauti_error *err);

/**
 * Replace a contact
 *
 * Asynchronous form of esauti_contacts_replace(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what esauti_contacts_replace() would return;
 * the result is the callback's to free.
 *
 * `PUT /contacts/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_contacts_replace(); read before this returns
 * @param body request body, as for esauti_contacts_replace(); read before this returns
 * @param callback called with the outcome (see esauti_contacts_replace_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_contacts_replace() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_contacts_replace()
 */
APIC_EXPORT int esauti_contacts_replace_async(esauti_client *client, const esauti_contacts_replace_params *params,
                                              const esauti_contact_input *body,
                                              esauti_contacts_replace_callback callback, void *user_data,
                                              apic_async_call **call, esauti_error *err);

/** Parameters of esauti_contacts_delete(). Zero-initialise, then set what you need. */
typedef struct esauti_contacts_delete_params {
    /**
     * Id of the contact.
     * Required.
     */
    int64_t id;
} esauti_contacts_delete_params;

/**
 * Delete a contact
 *
 * Deletes the contact, its notes and its campaign and segment memberships.
 *
 * `DELETE /contacts/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_contacts_delete(esauti_client *client, const esauti_contacts_delete_params *params,
                                       esauti_error *err);
/** Descriptor of esauti_contacts_delete(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_contacts_delete_op;

/**
 * Completion of esauti_contacts_delete_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_contacts_delete_async()
 * @param rc 0, or what esauti_contacts_delete() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param err the call's error, as esauti_contacts_delete() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_contacts_delete_callback)(void *user_data, int rc, esauti_error *err);

/**
 * Delete a contact
 *
 * Asynchronous form of esauti_contacts_delete(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_contacts_delete() would return.
 *
 * `DELETE /contacts/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_contacts_delete(); read before this returns
 * @param callback called with the outcome (see esauti_contacts_delete_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_contacts_delete() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_contacts_delete()
 */
APIC_EXPORT int esauti_contacts_delete_async(esauti_client *client, const esauti_contacts_delete_params *params,
                                             esauti_contacts_delete_callback callback, void *user_data,
                                             apic_async_call **call, esauti_error *err);

/** Parameters of esauti_contacts_edit(). Zero-initialise, then set what you need. */
typedef struct esauti_contacts_edit_params {
    /**
     * Id of the contact.
     * Required.
     */
    int64_t id;
} esauti_contacts_edit_params;

/**
 * Edit a contact
 *
 * Changes only the fields present in the body; absent fields keep their values.
 *
 * `PATCH /contacts/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param body request body: esauti_contact_patch, sent as JSON; required. The fields to change.
 * @param out receives the result on success (esauti_contact_free() it), NULL otherwise; may be NULL to discard. The contact after the change.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_contacts_edit(esauti_client *client, const esauti_contacts_edit_params *params,
                                     const esauti_contact_patch *body, esauti_contact **out, esauti_error *err);
/** Descriptor of esauti_contacts_edit(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_contacts_edit_op;

/**
 * Completion of esauti_contacts_edit_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_contacts_edit_async()
 * @param rc 0, or what esauti_contacts_edit() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_contacts_edit()'s out would receive, owned by the callback
 * (esauti_contact_free() it); NULL otherwise
 * @param err the call's error, as esauti_contacts_edit() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_contacts_edit_callback)(void *user_data, int rc, esauti_contact *result, esauti_error *err);

/**
 * Edit a contact
 *
 * Asynchronous form of esauti_contacts_edit(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_contacts_edit() would return; the
 * result is the callback's to free.
 *
 * `PATCH /contacts/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_contacts_edit(); read before this returns
 * @param body request body, as for esauti_contacts_edit(); read before this returns
 * @param callback called with the outcome (see esauti_contacts_edit_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_contacts_edit() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_contacts_edit()
 */
APIC_EXPORT int esauti_contacts_edit_async(esauti_client *client, const esauti_contacts_edit_params *params,
                                           const esauti_contact_patch *body, esauti_contacts_edit_callback callback,
                                           void *user_data, apic_async_call **call, esauti_error *err);

#ifdef __cplusplus
}
#endif
#endif
