/**
 * @file esauti/companies.h
 * @brief eSauti: companies operations. Generated; do not edit.
 */
#ifndef ESAUTI_COMPANIES_H
#define ESAUTI_COMPANIES_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of esauti_companies_list(). Zero-initialise, then set what you need. */
typedef struct esauti_companies_list_params {
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
    /** Exact-match filter on company fields, sent as `where[city]=Nairobi&where[industry]=Software`. */
    esauti_company_filter *where;
} esauti_companies_list_params;

/**
 * List companies
 *
 * Returns one page of companies matching the optional search expression and field filter, ordered
 * as asked.
 *
 * Paginated ('start' advanced by the items received, up to 'total'): the `_iter_new()`,
 * `_iter_next()` and `_iter_free()` functions beside this one go through every item, asking for
 * pages as they are needed.
 *
 * `GET /companies`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (esauti_company_list_free() it), NULL otherwise; may be NULL to discard. One page of companies.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_companies_list(esauti_client *client, const esauti_companies_list_params *params,
                                      esauti_company_list **out, esauti_error *err);
/** Descriptor of esauti_companies_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_companies_list_op;

/**
 * Completion of esauti_companies_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_companies_list_async()
 * @param rc 0, or what esauti_companies_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_companies_list()'s out would receive, owned by the callback
 * (esauti_company_list_free() it); NULL otherwise
 * @param err the call's error, as esauti_companies_list() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_companies_list_callback)(void *user_data, int rc, esauti_company_list *result, esauti_error *err);

/**
 * List companies
 *
 * Asynchronous form of esauti_companies_list(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_companies_list() would return; the
 * result is the callback's to free.
 *
 * `GET /companies`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_companies_list(); read before this returns
 * @param callback called with the outcome (see esauti_companies_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_companies_list() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_companies_list()
 */
APIC_EXPORT int esauti_companies_list_async(esauti_client *client, const esauti_companies_list_params *params,
                                            esauti_companies_list_callback callback, void *user_data,
                                            apic_async_call **call, esauti_error *err);

/** Iteration over every item of esauti_companies_list(), page after page (apic/pager.h). */
typedef struct apic_pager esauti_companies_list_iter;
/**
 * Starts iterating: nothing is sent before the first esauti_companies_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until esauti_companies_list_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int esauti_companies_list_iter_new(esauti_client *client, const esauti_companies_list_params *params,
                                               esauti_companies_list_iter **out, esauti_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or esauti_companies_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int esauti_companies_list_iter_next(esauti_companies_list_iter *it, const esauti_company **item,
                                                esauti_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void esauti_companies_list_iter_free(esauti_companies_list_iter *it);

/**
 * Create a company
 *
 * Creates a company. Only the name is required.
 *
 * `POST /companies`
 *
 * @param client a client from esauti_client_new()
 * @param body request body: esauti_company_input, sent as JSON; required. The new company.
 * @param out receives the result on success (esauti_company_free() it), NULL otherwise; may be NULL to discard. The company created, with its id.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_companies_create(esauti_client *client, const esauti_company_input *body, esauti_company **out,
                                        esauti_error *err);
/** Descriptor of esauti_companies_create(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_companies_create_op;

/**
 * Completion of esauti_companies_create_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_companies_create_async()
 * @param rc 0, or what esauti_companies_create() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_companies_create()'s out would receive, owned by the
 * callback (esauti_company_free() it); NULL otherwise
 * @param err the call's error, as esauti_companies_create() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_companies_create_callback)(void *user_data, int rc, esauti_company *result, esauti_error *err);

/**
 * Create a company
 *
 * Asynchronous form of esauti_companies_create(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what esauti_companies_create() would return;
 * the result is the callback's to free.
 *
 * `POST /companies`
 *
 * @param client a client from esauti_client_new()
 * @param body request body, as for esauti_companies_create(); read before this returns
 * @param callback called with the outcome (see esauti_companies_create_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_companies_create() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_companies_create()
 */
APIC_EXPORT int esauti_companies_create_async(esauti_client *client, const esauti_company_input *body,
                                              esauti_companies_create_callback callback, void *user_data,
                                              apic_async_call **call, esauti_error *err);

/** Parameters of esauti_companies_get(). Zero-initialise, then set what you need. */
typedef struct esauti_companies_get_params {
    /**
     * Id of the company.
     * Required.
     */
    int64_t id;
} esauti_companies_get_params;

/**
 * Get a company
 *
 * Returns the company with the given id.
 *
 * `GET /companies/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param out receives the result on success (esauti_company_free() it), NULL otherwise; may be NULL to discard. The company.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_companies_get(esauti_client *client, const esauti_companies_get_params *params,
                                     esauti_company **out, esauti_error *err);
/** Descriptor of esauti_companies_get(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_companies_get_op;

/**
 * Completion of esauti_companies_get_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_companies_get_async()
 * @param rc 0, or what esauti_companies_get() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_companies_get()'s out would receive, owned by the callback
 * (esauti_company_free() it); NULL otherwise
 * @param err the call's error, as esauti_companies_get() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_companies_get_callback)(void *user_data, int rc, esauti_company *result, esauti_error *err);

/**
 * Get a company
 *
 * Asynchronous form of esauti_companies_get(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_companies_get() would return; the
 * result is the callback's to free.
 *
 * `GET /companies/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_companies_get(); read before this returns
 * @param callback called with the outcome (see esauti_companies_get_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_companies_get() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_companies_get()
 */
APIC_EXPORT int esauti_companies_get_async(esauti_client *client, const esauti_companies_get_params *params,
                                           esauti_companies_get_callback callback, void *user_data,
                                           apic_async_call **call, esauti_error *err);

/** Parameters of esauti_companies_delete(). Zero-initialise, then set what you need. */
typedef struct esauti_companies_delete_params {
    /**
     * Id of the company.
     * Required.
     */
    int64_t id;
} esauti_companies_delete_params;

/**
 * Delete a company
 *
 * Deletes the company. Its contacts are kept but no longer belong to it.
 *
 * `DELETE /companies/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_companies_delete(esauti_client *client, const esauti_companies_delete_params *params,
                                        esauti_error *err);
/** Descriptor of esauti_companies_delete(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_companies_delete_op;

/**
 * Completion of esauti_companies_delete_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_companies_delete_async()
 * @param rc 0, or what esauti_companies_delete() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param err the call's error, as esauti_companies_delete() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_companies_delete_callback)(void *user_data, int rc, esauti_error *err);

/**
 * Delete a company
 *
 * Asynchronous form of esauti_companies_delete(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what esauti_companies_delete() would return.
 *
 * `DELETE /companies/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_companies_delete(); read before this returns
 * @param callback called with the outcome (see esauti_companies_delete_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_companies_delete() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_companies_delete()
 */
APIC_EXPORT int esauti_companies_delete_async(esauti_client *client, const esauti_companies_delete_params *params,
                                              esauti_companies_delete_callback callback, void *user_data,
                                              apic_async_call **call, esauti_error *err);

/** Parameters of esauti_companies_edit(). Zero-initialise, then set what you need. */
typedef struct esauti_companies_edit_params {
    /**
     * Id of the company.
     * Required.
     */
    int64_t id;
} esauti_companies_edit_params;

/**
 * Edit a company
 *
 * Changes only the fields present in the body; absent fields keep their values.
 *
 * `PATCH /companies/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param body request body: esauti_company_patch, sent as JSON; required. The fields to change.
 * @param out receives the result on success (esauti_company_free() it), NULL otherwise; may be NULL to discard. The company after the change.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_companies_edit(esauti_client *client, const esauti_companies_edit_params *params,
                                      const esauti_company_patch *body, esauti_company **out, esauti_error *err);
/** Descriptor of esauti_companies_edit(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_companies_edit_op;

/**
 * Completion of esauti_companies_edit_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_companies_edit_async()
 * @param rc 0, or what esauti_companies_edit() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_companies_edit()'s out would receive, owned by the callback
 * (esauti_company_free() it); NULL otherwise
 * @param err the call's error, as esauti_companies_edit() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_companies_edit_callback)(void *user_data, int rc, esauti_company *result, esauti_error *err);

/**
 * Edit a company
 *
 * Asynchronous form of esauti_companies_edit(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_companies_edit() would return; the
 * result is the callback's to free.
 *
 * `PATCH /companies/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_companies_edit(); read before this returns
 * @param body request body, as for esauti_companies_edit(); read before this returns
 * @param callback called with the outcome (see esauti_companies_edit_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_companies_edit() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_companies_edit()
 */
APIC_EXPORT int esauti_companies_edit_async(esauti_client *client, const esauti_companies_edit_params *params,
                                            const esauti_company_patch *body, esauti_companies_edit_callback callback,
                                            void *user_data, apic_async_call **call, esauti_error *err);

/** Parameters of esauti_companies_add_contact(). Zero-initialise, then set what you need. */
typedef struct esauti_companies_add_contact_params {
    /**
     * Id of the company.
     * Required.
     */
    int64_t id;
    /**
     * Id of the contact.
     * Required.
     * JSON key: `contactId`.
     */
    int64_t contact_id;
} esauti_companies_add_contact_params;

/**
 * Add a contact to a company
 *
 * Makes the contact a member of the company. Adding a member again does nothing.
 *
 * `POST /companies/{id}/contacts/{contactId}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id, contact_id
 * @param out receives the result on success (esauti_action_result_free() it), NULL otherwise; may be NULL to discard. The contact belongs to the company.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_companies_add_contact(esauti_client *client, const esauti_companies_add_contact_params *params,
                                             esauti_action_result **out, esauti_error *err);
/** Descriptor of esauti_companies_add_contact(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_companies_add_contact_op;

/**
 * Completion of esauti_companies_add_contact_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to esauti_companies_add_contact_async()
 * @param rc 0, or what esauti_companies_add_contact() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what esauti_companies_add_contact()'s out would receive, owned by the
 * callback (esauti_action_result_free() it); NULL otherwise
 * @param err the call's error, as esauti_companies_add_contact() fills it; valid until the
 * callback returns
 */
typedef void (*esauti_companies_add_contact_callback)(void *user_data, int rc, esauti_action_result *result,
                                                      esauti_error *err);

/**
 * Add a contact to a company
 *
 * Asynchronous form of esauti_companies_add_contact(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what esauti_companies_add_contact() would
 * return; the result is the callback's to free.
 *
 * `POST /companies/{id}/contacts/{contactId}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_companies_add_contact(); read before this returns
 * @param callback called with the outcome (see esauti_companies_add_contact_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_companies_add_contact() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_companies_add_contact()
 */
APIC_EXPORT int esauti_companies_add_contact_async(esauti_client *client,
                                                   const esauti_companies_add_contact_params *params,
                                                   esauti_companies_add_contact_callback callback, void *user_data,
                                                   apic_async_call **call, esauti_error *err);

/** Parameters of esauti_companies_remove_contact(). Zero-initialise, then set what you need. */
typedef struct esauti_companies_remove_contact_params {
    /**
     * Id of the company.
     * Required.
     */
    int64_t id;
    /**
     * Id of the contact.
     * Required.
     * JSON key: `contactId`.
     */
    int64_t contact_id;
} esauti_companies_remove_contact_params;

/**
 * Remove a contact from a company
 *
 * Ends the contact's membership of the company; the contact itself is kept.
 *
 * `DELETE /companies/{id}/contacts/{contactId}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id, contact_id
 * @param out receives the result on success (esauti_action_result_free() it), NULL otherwise; may be NULL to discard. The contact no longer belongs to the company.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_companies_remove_contact(esauti_client *client,
                                                const esauti_companies_remove_contact_params *params,
                                                esauti_action_result **out, esauti_error *err);
/** Descriptor of esauti_companies_remove_contact(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_companies_remove_contact_op;

/**
 * Completion of esauti_companies_remove_contact_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to esauti_companies_remove_contact_async()
 * @param rc 0, or what esauti_companies_remove_contact() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what esauti_companies_remove_contact()'s out would receive, owned by
 * the callback (esauti_action_result_free() it); NULL otherwise
 * @param err the call's error, as esauti_companies_remove_contact() fills it; valid until the
 * callback returns
 */
typedef void (*esauti_companies_remove_contact_callback)(void *user_data, int rc, esauti_action_result *result,
                                                         esauti_error *err);

/**
 * Remove a contact from a company
 *
 * Asynchronous form of esauti_companies_remove_contact(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * esauti_companies_remove_contact() would return; the result is the callback's to free.
 *
 * `DELETE /companies/{id}/contacts/{contactId}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_companies_remove_contact(); read before this returns
 * @param callback called with the outcome (see esauti_companies_remove_contact_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_companies_remove_contact() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_companies_remove_contact()
 */
APIC_EXPORT int esauti_companies_remove_contact_async(esauti_client *client,
                                                      const esauti_companies_remove_contact_params *params,
                                                      esauti_companies_remove_contact_callback callback,
                                                      void *user_data, apic_async_call **call, esauti_error *err);

#ifdef __cplusplus
}
#endif
#endif
