/**
 * @file schematic/scheduledcheckout.h
 * @brief Schematic: scheduledcheckout operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_SCHEDULEDCHECKOUT_H
#define SCHEMATIC_SCHEDULEDCHECKOUT_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of schematic_scheduledcheckout_list_scheduled_checkouts(). Zero-initialise, then set what you need. */
typedef struct schematic_scheduledcheckout_list_scheduled_checkouts_params {
    /** The `company_id` query parameter: a string. */
    char *company_id;
    bool has_status; /**< true when status is set */
    /** The `status` query parameter: one of the values of schematic_scheduled_checkout_status (stored as schematic_scheduled_checkout_status_val). */
    schematic_scheduled_checkout_status_val status;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_scheduledcheckout_list_scheduled_checkouts_params;

/**
 * List scheduled checkouts
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /scheduled-checkout`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_scheduledcheckout_list_scheduled_checkouts_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_scheduledcheckout_list_scheduled_checkouts(schematic_client *client,
                                                                     const schematic_scheduledcheckout_list_scheduled_checkouts_params *params,
                                                                     schematic_scheduledcheckout_list_scheduled_checkouts_response **out,
                                                                     schematic_error *err);
/** Descriptor of schematic_scheduledcheckout_list_scheduled_checkouts(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_scheduledcheckout_list_scheduled_checkouts_op;

/**
 * Completion of schematic_scheduledcheckout_list_scheduled_checkouts_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_scheduledcheckout_list_scheduled_checkouts_async()
 * @param rc 0, or what schematic_scheduledcheckout_list_scheduled_checkouts() would have returned
 * (a negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or
 * the client freed first)
 * @param result on success what schematic_scheduledcheckout_list_scheduled_checkouts()'s out would
 * receive, owned by the callback
 * (schematic_scheduledcheckout_list_scheduled_checkouts_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_scheduledcheckout_list_scheduled_checkouts() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_scheduledcheckout_list_scheduled_checkouts_callback)(void *user_data, int rc,
                                                                              schematic_scheduledcheckout_list_scheduled_checkouts_response *result,
                                                                              schematic_error *err);

/**
 * List scheduled checkouts
 *
 * Asynchronous form of schematic_scheduledcheckout_list_scheduled_checkouts(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_scheduledcheckout_list_scheduled_checkouts() would return; the result is the
 * callback's to free.
 *
 * `GET /scheduled-checkout`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_scheduledcheckout_list_scheduled_checkouts(); read
 * before this returns
 * @param callback called with the outcome (see
 * schematic_scheduledcheckout_list_scheduled_checkouts_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_scheduledcheckout_list_scheduled_checkouts() refuses before sending), APIC_E_STATE
 * (the client is being freed), APIC_E_NOMEM
 * @see schematic_scheduledcheckout_list_scheduled_checkouts()
 */
APIC_EXPORT int schematic_scheduledcheckout_list_scheduled_checkouts_async(schematic_client *client,
                                                                           const schematic_scheduledcheckout_list_scheduled_checkouts_params *params,
                                                                           schematic_scheduledcheckout_list_scheduled_checkouts_callback callback,
                                                                           void *user_data, apic_async_call **call,
                                                                           schematic_error *err);

/** Iteration over every item of schematic_scheduledcheckout_list_scheduled_checkouts(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_scheduledcheckout_list_scheduled_checkouts_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_scheduledcheckout_list_scheduled_checkouts_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_scheduledcheckout_list_scheduled_checkouts_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_scheduledcheckout_list_scheduled_checkouts_iter_new(schematic_client *client,
                                                                              const schematic_scheduledcheckout_list_scheduled_checkouts_params *params,
                                                                              schematic_scheduledcheckout_list_scheduled_checkouts_iter **out,
                                                                              schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_scheduledcheckout_list_scheduled_checkouts_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_scheduledcheckout_list_scheduled_checkouts_iter_next(schematic_scheduledcheckout_list_scheduled_checkouts_iter *it,
                                                                               const schematic_scheduled_checkout_response_data **item,
                                                                               schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_scheduledcheckout_list_scheduled_checkouts_iter_free(schematic_scheduledcheckout_list_scheduled_checkouts_iter *it);

/**
 * Create scheduled checkout
 *
 * `POST /scheduled-checkout`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_scheduled_checkout_request, sent as JSON; required
 * @param out receives the result on success (schematic_scheduledcheckout_create_scheduled_checkout_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_scheduledcheckout_create_scheduled_checkout(schematic_client *client,
                                                                      const schematic_create_scheduled_checkout_request *body,
                                                                      schematic_scheduledcheckout_create_scheduled_checkout_response **out,
                                                                      schematic_error *err);
/** Descriptor of schematic_scheduledcheckout_create_scheduled_checkout(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_scheduledcheckout_create_scheduled_checkout_op;

/**
 * Completion of schematic_scheduledcheckout_create_scheduled_checkout_async(): called exactly
 * once, later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_scheduledcheckout_create_scheduled_checkout_async()
 * @param rc 0, or what schematic_scheduledcheckout_create_scheduled_checkout() would have returned
 * (a negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or
 * the client freed first)
 * @param result on success what schematic_scheduledcheckout_create_scheduled_checkout()'s out
 * would receive, owned by the callback
 * (schematic_scheduledcheckout_create_scheduled_checkout_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_scheduledcheckout_create_scheduled_checkout() fills
 * it; valid until the callback returns
 */
typedef void (*schematic_scheduledcheckout_create_scheduled_checkout_callback)(void *user_data, int rc,
                                                                               schematic_scheduledcheckout_create_scheduled_checkout_response *result,
                                                                               schematic_error *err);

/**
 * Create scheduled checkout
 *
 * Asynchronous form of schematic_scheduledcheckout_create_scheduled_checkout(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_scheduledcheckout_create_scheduled_checkout() would return; the result is the
 * callback's to free.
 *
 * `POST /scheduled-checkout`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_scheduledcheckout_create_scheduled_checkout(); read
 * before this returns
 * @param callback called with the outcome (see
 * schematic_scheduledcheckout_create_scheduled_checkout_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_scheduledcheckout_create_scheduled_checkout() refuses before sending), APIC_E_STATE
 * (the client is being freed), APIC_E_NOMEM
 * @see schematic_scheduledcheckout_create_scheduled_checkout()
 */
APIC_EXPORT int schematic_scheduledcheckout_create_scheduled_checkout_async(schematic_client *client,
                                                                            const schematic_create_scheduled_checkout_request *body,
                                                                            schematic_scheduledcheckout_create_scheduled_checkout_callback callback,
                                                                            void *user_data, apic_async_call **call,
                                                                            schematic_error *err);

/** Parameters of schematic_scheduledcheckout_get_scheduled_checkout(). Zero-initialise, then set what you need. */
typedef struct schematic_scheduledcheckout_get_scheduled_checkout_params {
    /**
     * scheduled_checkout_id
     * Required.
     */
    char *scheduled_checkout_id;
} schematic_scheduledcheckout_get_scheduled_checkout_params;

/**
 * Get scheduled checkout
 *
 * `GET /scheduled-checkout/{scheduled_checkout_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: scheduled_checkout_id
 * @param out receives the result on success (schematic_scheduledcheckout_get_scheduled_checkout_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_scheduledcheckout_get_scheduled_checkout(schematic_client *client,
                                                                   const schematic_scheduledcheckout_get_scheduled_checkout_params *params,
                                                                   schematic_scheduledcheckout_get_scheduled_checkout_response **out,
                                                                   schematic_error *err);
/** Descriptor of schematic_scheduledcheckout_get_scheduled_checkout(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_scheduledcheckout_get_scheduled_checkout_op;

/**
 * Completion of schematic_scheduledcheckout_get_scheduled_checkout_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_scheduledcheckout_get_scheduled_checkout_async()
 * @param rc 0, or what schematic_scheduledcheckout_get_scheduled_checkout() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_scheduledcheckout_get_scheduled_checkout()'s out would
 * receive, owned by the callback
 * (schematic_scheduledcheckout_get_scheduled_checkout_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_scheduledcheckout_get_scheduled_checkout() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_scheduledcheckout_get_scheduled_checkout_callback)(void *user_data, int rc,
                                                                            schematic_scheduledcheckout_get_scheduled_checkout_response *result,
                                                                            schematic_error *err);

/**
 * Get scheduled checkout
 *
 * Asynchronous form of schematic_scheduledcheckout_get_scheduled_checkout(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_scheduledcheckout_get_scheduled_checkout() would return; the result is the callback's
 * to free.
 *
 * `GET /scheduled-checkout/{scheduled_checkout_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_scheduledcheckout_get_scheduled_checkout(); read
 * before this returns
 * @param callback called with the outcome (see
 * schematic_scheduledcheckout_get_scheduled_checkout_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_scheduledcheckout_get_scheduled_checkout() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_scheduledcheckout_get_scheduled_checkout()
 */
APIC_EXPORT int schematic_scheduledcheckout_get_scheduled_checkout_async(schematic_client *client,
                                                                         const schematic_scheduledcheckout_get_scheduled_checkout_params *params,
                                                                         schematic_scheduledcheckout_get_scheduled_checkout_callback callback,
                                                                         void *user_data, apic_async_call **call,
                                                                         schematic_error *err);

/** Parameters of schematic_scheduledcheckout_update_scheduled_checkout(). Zero-initialise, then set what you need. */
typedef struct schematic_scheduledcheckout_update_scheduled_checkout_params {
    /**
     * scheduled_checkout_id
     * Required.
     */
    char *scheduled_checkout_id;
} schematic_scheduledcheckout_update_scheduled_checkout_params;

/**
 * Update scheduled checkout
 *
 * `PUT /scheduled-checkout/{scheduled_checkout_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: scheduled_checkout_id
 * @param body request body: schematic_update_scheduled_checkout_request, sent as JSON; required
 * @param out receives the result on success (schematic_scheduledcheckout_update_scheduled_checkout_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_scheduledcheckout_update_scheduled_checkout(schematic_client *client,
                                                                      const schematic_scheduledcheckout_update_scheduled_checkout_params *params,
                                                                      const schematic_update_scheduled_checkout_request *body,
                                                                      schematic_scheduledcheckout_update_scheduled_checkout_response **out,
                                                                      schematic_error *err);
/** Descriptor of schematic_scheduledcheckout_update_scheduled_checkout(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_scheduledcheckout_update_scheduled_checkout_op;

/**
 * Completion of schematic_scheduledcheckout_update_scheduled_checkout_async(): called exactly
 * once, later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_scheduledcheckout_update_scheduled_checkout_async()
 * @param rc 0, or what schematic_scheduledcheckout_update_scheduled_checkout() would have returned
 * (a negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or
 * the client freed first)
 * @param result on success what schematic_scheduledcheckout_update_scheduled_checkout()'s out
 * would receive, owned by the callback
 * (schematic_scheduledcheckout_update_scheduled_checkout_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_scheduledcheckout_update_scheduled_checkout() fills
 * it; valid until the callback returns
 */
typedef void (*schematic_scheduledcheckout_update_scheduled_checkout_callback)(void *user_data, int rc,
                                                                               schematic_scheduledcheckout_update_scheduled_checkout_response *result,
                                                                               schematic_error *err);

/**
 * Update scheduled checkout
 *
 * Asynchronous form of schematic_scheduledcheckout_update_scheduled_checkout(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_scheduledcheckout_update_scheduled_checkout() would return; the result is the
 * callback's to free.
 *
 * `PUT /scheduled-checkout/{scheduled_checkout_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_scheduledcheckout_update_scheduled_checkout(); read
 * before this returns
 * @param body request body, as for schematic_scheduledcheckout_update_scheduled_checkout(); read
 * before this returns
 * @param callback called with the outcome (see
 * schematic_scheduledcheckout_update_scheduled_checkout_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_scheduledcheckout_update_scheduled_checkout() refuses before sending), APIC_E_STATE
 * (the client is being freed), APIC_E_NOMEM
 * @see schematic_scheduledcheckout_update_scheduled_checkout()
 */
APIC_EXPORT int schematic_scheduledcheckout_update_scheduled_checkout_async(schematic_client *client,
                                                                            const schematic_scheduledcheckout_update_scheduled_checkout_params *params,
                                                                            const schematic_update_scheduled_checkout_request *body,
                                                                            schematic_scheduledcheckout_update_scheduled_checkout_callback callback,
                                                                            void *user_data, apic_async_call **call,
                                                                            schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
