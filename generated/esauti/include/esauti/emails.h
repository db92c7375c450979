/**
 * @file esauti/emails.h
 * @brief eSauti: emails operations. Generated; do not edit.
 */
#ifndef ESAUTI_EMAILS_H
#define ESAUTI_EMAILS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of esauti_emails_list(). Zero-initialise, then set what you need. */
typedef struct esauti_emails_list_params {
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
} esauti_emails_list_params;

/**
 * List emails
 *
 * Returns one page of emails matching the optional search expression.
 *
 * Paginated ('start' advanced by the items received, up to 'total'): the `_iter_new()`,
 * `_iter_next()` and `_iter_free()` functions beside this one go through every item, asking for
 * pages as they are needed.
 *
 * `GET /emails`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (esauti_email_list_free() it), NULL otherwise; may be NULL to discard. One page of emails.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_emails_list(esauti_client *client, const esauti_emails_list_params *params,
                                   esauti_email_list **out, esauti_error *err);
/** Descriptor of esauti_emails_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_emails_list_op;

/**
 * Completion of esauti_emails_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_emails_list_async()
 * @param rc 0, or what esauti_emails_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_emails_list()'s out would receive, owned by the callback
 * (esauti_email_list_free() it); NULL otherwise
 * @param err the call's error, as esauti_emails_list() fills it; valid until the callback returns
 */
typedef void (*esauti_emails_list_callback)(void *user_data, int rc, esauti_email_list *result, esauti_error *err);

/**
 * List emails
 *
 * Asynchronous form of esauti_emails_list(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_emails_list() would return; the result
 * is the callback's to free.
 *
 * `GET /emails`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_emails_list(); read before this returns
 * @param callback called with the outcome (see esauti_emails_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_emails_list() refuses before sending),
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_emails_list()
 */
APIC_EXPORT int esauti_emails_list_async(esauti_client *client, const esauti_emails_list_params *params,
                                         esauti_emails_list_callback callback, void *user_data, apic_async_call **call,
                                         esauti_error *err);

/** Iteration over every item of esauti_emails_list(), page after page (apic/pager.h). */
typedef struct apic_pager esauti_emails_list_iter;
/**
 * Starts iterating: nothing is sent before the first esauti_emails_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until esauti_emails_list_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int esauti_emails_list_iter_new(esauti_client *client, const esauti_emails_list_params *params,
                                            esauti_emails_list_iter **out, esauti_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or esauti_emails_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int esauti_emails_list_iter_next(esauti_emails_list_iter *it, const esauti_email **item, esauti_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void esauti_emails_list_iter_free(esauti_emails_list_iter *it);

/**
 * Create an email
 *
 * Creates a template email (sent by campaigns or to single contacts) or a segment email (sent to
 * the segments in `lists`).
 *
 * `POST /emails`
 *
 * @param client a client from esauti_client_new()
 * @param body request body: esauti_email_input, sent as JSON; required. The new email.
 * @param out receives the result on success (esauti_email_free() it), NULL otherwise; may be NULL to discard. The email created, with its id.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_emails_create(esauti_client *client, const esauti_email_input *body, esauti_email **out,
                                     esauti_error *err);
/** Descriptor of esauti_emails_create(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_emails_create_op;

/**
 * Completion of esauti_emails_create_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_emails_create_async()
 * @param rc 0, or what esauti_emails_create() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_emails_create()'s out would receive, owned by the callback
 * (esauti_email_free() it); NULL otherwise
 * @param err the call's error, as esauti_emails_create() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_emails_create_callback)(void *user_data, int rc, esauti_email *result, esauti_error *err);

/**
 * Create an email
 *
 * Asynchronous form of esauti_emails_create(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_emails_create() would return; the
 * result is the callback's to free.
 *
 * `POST /emails`
 *
 * @param client a client from esauti_client_new()
 * @param body request body, as for esauti_emails_create(); read before this returns
 * @param callback called with the outcome (see esauti_emails_create_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_emails_create() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_emails_create()
 */
APIC_EXPORT int esauti_emails_create_async(esauti_client *client, const esauti_email_input *body,
                                           esauti_emails_create_callback callback, void *user_data,
                                           apic_async_call **call, esauti_error *err);

/** Parameters of esauti_emails_get(). Zero-initialise, then set what you need. */
typedef struct esauti_emails_get_params {
    /**
     * Id of the email.
     * Required.
     */
    int64_t id;
} esauti_emails_get_params;

/**
 * Get an email
 *
 * Returns the email with the given id, its content and its sending statistics.
 *
 * `GET /emails/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param out receives the result on success (esauti_email_free() it), NULL otherwise; may be NULL to discard. The email.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_emails_get(esauti_client *client, const esauti_emails_get_params *params, esauti_email **out,
                                  esauti_error *err);
/** Descriptor of esauti_emails_get(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_emails_get_op;

/**
 * Completion of esauti_emails_get_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_emails_get_async()
 * @param rc 0, or what esauti_emails_get() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_emails_get()'s out would receive, owned by the callback
 * (esauti_email_free() it); NULL otherwise
 * @param err the call's error, as esauti_emails_get() fills it; valid until the callback returns
 */
typedef void (*esauti_emails_get_callback)(void *user_data, int rc, esauti_email *result, esauti_error *err);

/**
 * Get an email
 *
 * Asynchronous form of esauti_emails_get(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_emails_get() would return; the result
 * is the callback's to free.
 *
 * `GET /emails/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_emails_get(); read before this returns
 * @param callback called with the outcome (see esauti_emails_get_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_emails_get() refuses before sending),
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_emails_get()
 */
APIC_EXPORT int esauti_emails_get_async(esauti_client *client, const esauti_emails_get_params *params,
                                        esauti_emails_get_callback callback, void *user_data, apic_async_call **call,
                                        esauti_error *err);

/** Parameters of esauti_emails_send_to_segments(). Zero-initialise, then set what you need. */
typedef struct esauti_emails_send_to_segments_params {
    /**
     * Id of the email.
     * Required.
     */
    int64_t id;
} esauti_emails_send_to_segments_params;

/**
 * Send a segment email
 *
 * Sends a segment email to every contact of its segments that has not received it yet. Only emails
 * of type `list` can be sent this way.
 *
 * `POST /emails/{id}/send`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param out receives the result on success (esauti_email_send_result_free() it), NULL otherwise; may be NULL to discard. How many messages were queued and how many failed.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_emails_send_to_segments(esauti_client *client,
                                               const esauti_emails_send_to_segments_params *params,
                                               esauti_email_send_result **out, esauti_error *err);
/** Descriptor of esauti_emails_send_to_segments(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_emails_send_to_segments_op;

/**
 * Completion of esauti_emails_send_to_segments_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to esauti_emails_send_to_segments_async()
 * @param rc 0, or what esauti_emails_send_to_segments() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what esauti_emails_send_to_segments()'s out would receive, owned by the
 * callback (esauti_email_send_result_free() it); NULL otherwise
 * @param err the call's error, as esauti_emails_send_to_segments() fills it; valid until the
 * callback returns
 */
typedef void (*esauti_emails_send_to_segments_callback)(void *user_data, int rc, esauti_email_send_result *result,
                                                        esauti_error *err);

/**
 * Send a segment email
 *
 * Asynchronous form of esauti_emails_send_to_segments(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * esauti_emails_send_to_segments() would return; the result is the callback's to free.
 *
 * `POST /emails/{id}/send`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_emails_send_to_segments(); read before this returns
 * @param callback called with the outcome (see esauti_emails_send_to_segments_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_emails_send_to_segments() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_emails_send_to_segments()
 */
APIC_EXPORT int esauti_emails_send_to_segments_async(esauti_client *client,
                                                     const esauti_emails_send_to_segments_params *params,
                                                     esauti_emails_send_to_segments_callback callback, void *user_data,
                                                     apic_async_call **call, esauti_error *err);

/** Parameters of esauti_emails_send_to_contact(). Zero-initialise, then set what you need. */
typedef struct esauti_emails_send_to_contact_params {
    /**
     * Id of the email.
     * Required.
     */
    int64_t id;
    /**
     * Id of the contact.
     * Required.
     * JSON key: `contactId`.
     */
    int64_t contact_id;
} esauti_emails_send_to_contact_params;

/**
 * Send an email to a contact
 *
 * Sends a template email to one contact. Tokens in the body replace `{token}` placeholders in the
 * email's content for this message only.
 *
 * `POST /emails/{id}/contact/{contactId}/send`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id, contact_id
 * @param body request body: esauti_email_send_request, sent as JSON; may be NULL. Optional tokens to substitute in the content.
 * @param out receives the result on success (esauti_email_send_result_free() it), NULL otherwise; may be NULL to discard. The message was queued.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_emails_send_to_contact(esauti_client *client, const esauti_emails_send_to_contact_params *params,
                                              const esauti_email_send_request *body, esauti_email_send_result **out,
                                              esauti_error *err);
/** Descriptor of esauti_emails_send_to_contact(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_emails_send_to_contact_op;

/**
 * Completion of esauti_emails_send_to_contact_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to esauti_emails_send_to_contact_async()
 * @param rc 0, or what esauti_emails_send_to_contact() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what esauti_emails_send_to_contact()'s out would receive, owned by the
 * callback (esauti_email_send_result_free() it); NULL otherwise
 * @param err the call's error, as esauti_emails_send_to_contact() fills it; valid until the
 * callback returns
 */
typedef void (*esauti_emails_send_to_contact_callback)(void *user_data, int rc, esauti_email_send_result *result,
                                                       esauti_error *err);

/**
 * Send an email to a contact
 *
 * Asynchronous form of esauti_emails_send_to_contact(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what esauti_emails_send_to_contact()
 * would return; the result is the callback's to free.
 *
 * `POST /emails/{id}/contact/{contactId}/send`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_emails_send_to_contact(); read before this returns
 * @param body request body, as for esauti_emails_send_to_contact(); read before this returns
 * @param callback called with the outcome (see esauti_emails_send_to_contact_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_emails_send_to_contact() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_emails_send_to_contact()
 */
APIC_EXPORT int esauti_emails_send_to_contact_async(esauti_client *client,
                                                    const esauti_emails_send_to_contact_params *params,
                                                    const esauti_email_send_request *body,
                                                    esauti_emails_send_to_contact_callback callback, void *user_data,
                                                    apic_async_call **call, esauti_error *err);

#ifdef __cplusplus
}
#endif
#endif
