/**
 * @file esauti/forms.h
 * @brief eSauti: forms operations. Generated; do not edit.
 */
#ifndef ESAUTI_FORMS_H
#define ESAUTI_FORMS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of esauti_forms_list(). Zero-initialise, then set what you need. */
typedef struct esauti_forms_list_params {
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
} esauti_forms_list_params;

/**
 * List forms
 *
 * Returns one page of forms matching the optional search expression.
 *
 * Paginated ('start' advanced by the items received, up to 'total'): the `_iter_new()`,
 * `_iter_next()` and `_iter_free()` functions beside this one go through every item, asking for
 * pages as they are needed.
 *
 * `GET /forms`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (esauti_form_list_free() it), NULL otherwise; may be NULL to discard. One page of forms.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_forms_list(esauti_client *client, const esauti_forms_list_params *params, esauti_form_list **out,
                                  esauti_error *err);
/** Descriptor of esauti_forms_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_forms_list_op;

/**
 * Completion of esauti_forms_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_forms_list_async()
 * @param rc 0, or what esauti_forms_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_forms_list()'s out would receive, owned by the callback
 * (esauti_form_list_free() it); NULL otherwise
 * @param err the call's error, as esauti_forms_list() fills it; valid until the callback returns
 */
typedef void (*esauti_forms_list_callback)(void *user_data, int rc, esauti_form_list *result, esauti_error *err);

/**
 * List forms
 *
 * Asynchronous form of esauti_forms_list(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_forms_list() would return; the result
 * is the callback's to free.
 *
 * `GET /forms`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_forms_list(); read before this returns
 * @param callback called with the outcome (see esauti_forms_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_forms_list() refuses before sending),
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_forms_list()
 */
APIC_EXPORT int esauti_forms_list_async(esauti_client *client, const esauti_forms_list_params *params,
                                        esauti_forms_list_callback callback, void *user_data, apic_async_call **call,
                                        esauti_error *err);

/** Iteration over every item of esauti_forms_list(), page after page (apic/pager.h). */
typedef struct apic_pager esauti_forms_list_iter;
/**
 * Starts iterating: nothing is sent before the first esauti_forms_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until esauti_forms_list_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int esauti_forms_list_iter_new(esauti_client *client, const esauti_forms_list_params *params,
                                           esauti_forms_list_iter **out, esauti_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or esauti_forms_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int esauti_forms_list_iter_next(esauti_forms_list_iter *it, const esauti_form **item, esauti_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void esauti_forms_list_iter_free(esauti_forms_list_iter *it);

/** Parameters of esauti_forms_get(). Zero-initialise, then set what you need. */
typedef struct esauti_forms_get_params {
    /**
     * Id of the form.
     * Required.
     */
    int64_t id;
} esauti_forms_get_params;

/**
 * Get a form
 *
 * Returns the form with the given id and its fields.
 *
 * `GET /forms/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param out receives the result on success (esauti_form_free() it), NULL otherwise; may be NULL to discard. The form.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_forms_get(esauti_client *client, const esauti_forms_get_params *params, esauti_form **out,
                                 esauti_error *err);
/** Descriptor of esauti_forms_get(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_forms_get_op;

/**
 * Completion of esauti_forms_get_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_forms_get_async()
 * @param rc 0, or what esauti_forms_get() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_forms_get()'s out would receive, owned by the callback
 * (esauti_form_free() it); NULL otherwise
 * @param err the call's error, as esauti_forms_get() fills it; valid until the callback returns
 */
typedef void (*esauti_forms_get_callback)(void *user_data, int rc, esauti_form *result, esauti_error *err);

/**
 * Get a form
 *
 * Asynchronous form of esauti_forms_get(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_forms_get() would return; the result
 * is the callback's to free.
 *
 * `GET /forms/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_forms_get(); read before this returns
 * @param callback called with the outcome (see esauti_forms_get_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_forms_get() refuses before sending),
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_forms_get()
 */
APIC_EXPORT int esauti_forms_get_async(esauti_client *client, const esauti_forms_get_params *params,
                                       esauti_forms_get_callback callback, void *user_data, apic_async_call **call,
                                       esauti_error *err);

/** Parameters of esauti_forms_delete(). Zero-initialise, then set what you need. */
typedef struct esauti_forms_delete_params {
    /**
     * Id of the form.
     * Required.
     */
    int64_t id;
} esauti_forms_delete_params;

/**
 * Delete a form
 *
 * Deletes the form and all its submissions.
 *
 * `DELETE /forms/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_forms_delete(esauti_client *client, const esauti_forms_delete_params *params, esauti_error *err);
/** Descriptor of esauti_forms_delete(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_forms_delete_op;

/**
 * Completion of esauti_forms_delete_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_forms_delete_async()
 * @param rc 0, or what esauti_forms_delete() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param err the call's error, as esauti_forms_delete() fills it; valid until the callback returns
 */
typedef void (*esauti_forms_delete_callback)(void *user_data, int rc, esauti_error *err);

/**
 * Delete a form
 *
 * Asynchronous form of esauti_forms_delete(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_forms_delete() would return.
 *
 * `DELETE /forms/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_forms_delete(); read before this returns
 * @param callback called with the outcome (see esauti_forms_delete_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_forms_delete() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_forms_delete()
 */
APIC_EXPORT int esauti_forms_delete_async(esauti_client *client, const esauti_forms_delete_params *params,
                                          esauti_forms_delete_callback callback, void *user_data,
                                          apic_async_call **call, esauti_error *err);

/** Parameters of esauti_forms_list_submissions(). Zero-initialise, then set what you need. */
typedef struct esauti_forms_list_submissions_params {
    /**
     * Id of the form.
     * Required.
     */
    int64_t id;
    bool has_start; /**< true when start is set */
    /** Index of the first item to return (0 for the first page). */
    int32_t start;
    bool has_limit; /**< true when limit is set */
    /** Largest number of items to return. */
    int32_t limit;
    bool has_order_by_dir; /**< true when order_by_dir is set */
    /**
     * Direction of the ordering.
     * JSON key: `orderByDir`.
     */
    esauti_sort_direction_val order_by_dir;
} esauti_forms_list_submissions_params;

/**
 * List a form's submissions
 *
 * Returns one page of the form's submissions, newest first unless asked otherwise.
 *
 * Paginated ('start' advanced by the items received, up to 'total'): the `_iter_new()`,
 * `_iter_next()` and `_iter_free()` functions beside this one go through every item, asking for
 * pages as they are needed.
 *
 * `GET /forms/{id}/submissions`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param out receives the result on success (esauti_form_submission_list_free() it), NULL otherwise; may be NULL to discard. One page of submissions.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_forms_list_submissions(esauti_client *client, const esauti_forms_list_submissions_params *params,
                                              esauti_form_submission_list **out, esauti_error *err);
/** Descriptor of esauti_forms_list_submissions(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_forms_list_submissions_op;

/**
 * Completion of esauti_forms_list_submissions_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to esauti_forms_list_submissions_async()
 * @param rc 0, or what esauti_forms_list_submissions() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what esauti_forms_list_submissions()'s out would receive, owned by the
 * callback (esauti_form_submission_list_free() it); NULL otherwise
 * @param err the call's error, as esauti_forms_list_submissions() fills it; valid until the
 * callback returns
 */
typedef void (*esauti_forms_list_submissions_callback)(void *user_data, int rc, esauti_form_submission_list *result,
                                                       esauti_error *err);

/**
 * List a form's submissions
 *
 * Asynchronous form of esauti_forms_list_submissions(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what esauti_forms_list_submissions()
 * would return; the result is the callback's to free.
 *
 * `GET /forms/{id}/submissions`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_forms_list_submissions(); read before this returns
 * @param callback called with the outcome (see esauti_forms_list_submissions_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_forms_list_submissions() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_forms_list_submissions()
 */
APIC_EXPORT int esauti_forms_list_submissions_async(esauti_client *client,
                                                    const esauti_forms_list_submissions_params *params,
                                                    esauti_forms_list_submissions_callback callback, void *user_data,
                                                    apic_async_call **call, esauti_error *err);

/** Iteration over every item of esauti_forms_list_submissions(), page after page (apic/pager.h). */
typedef struct apic_pager esauti_forms_list_submissions_iter;
/**
 * Starts iterating: nothing is sent before the first esauti_forms_list_submissions_iter_next(). params is copied
 * shallowly: what it points to must stay valid until esauti_forms_list_submissions_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int esauti_forms_list_submissions_iter_new(esauti_client *client,
                                                       const esauti_forms_list_submissions_params *params,
                                                       esauti_forms_list_submissions_iter **out, esauti_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or esauti_forms_list_submissions_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int esauti_forms_list_submissions_iter_next(esauti_forms_list_submissions_iter *it,
                                                        const esauti_form_submission **item, esauti_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void esauti_forms_list_submissions_iter_free(esauti_forms_list_submissions_iter *it);

/** Parameters of esauti_forms_get_submission(). Zero-initialise, then set what you need. */
typedef struct esauti_forms_get_submission_params {
    /**
     * Id of the form.
     * Required.
     */
    int64_t id;
    /**
     * Id of the submission.
     * Required.
     * JSON key: `submissionId`.
     */
    int64_t submission_id;
} esauti_forms_get_submission_params;

/**
 * Get a form submission
 *
 * Returns one submission of the form, with the values entered in each field.
 *
 * `GET /forms/{id}/submissions/{submissionId}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id, submission_id
 * @param out receives the result on success (esauti_form_submission_free() it), NULL otherwise; may be NULL to discard. The submission.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_forms_get_submission(esauti_client *client, const esauti_forms_get_submission_params *params,
                                            esauti_form_submission **out, esauti_error *err);
/** Descriptor of esauti_forms_get_submission(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_forms_get_submission_op;

/**
 * Completion of esauti_forms_get_submission_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to esauti_forms_get_submission_async()
 * @param rc 0, or what esauti_forms_get_submission() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_forms_get_submission()'s out would receive, owned by the
 * callback (esauti_form_submission_free() it); NULL otherwise
 * @param err the call's error, as esauti_forms_get_submission() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_forms_get_submission_callback)(void *user_data, int rc, esauti_form_submission *result,
                                                     esauti_error *err);

/**
 * Get a form submission
 *
 * Asynchronous form of esauti_forms_get_submission(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what esauti_forms_get_submission() would
 * return; the result is the callback's to free.
 *
 * `GET /forms/{id}/submissions/{submissionId}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_forms_get_submission(); read before this returns
 * @param callback called with the outcome (see esauti_forms_get_submission_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_forms_get_submission() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_forms_get_submission()
 */
APIC_EXPORT int esauti_forms_get_submission_async(esauti_client *client,
                                                  const esauti_forms_get_submission_params *params,
                                                  esauti_forms_get_submission_callback callback, void *user_data,
                                                  apic_async_call **call, esauti_error *err);

#ifdef __cplusplus
}
#endif
#endif
