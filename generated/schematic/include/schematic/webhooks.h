/**
 * @file schematic/webhooks.h
 * @brief Schematic: webhooks operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_WEBHOOKS_H
#define SCHEMATIC_WEBHOOKS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of schematic_webhooks_list_events(). Zero-initialise, then set what you need. */
typedef struct schematic_webhooks_list_events_params {
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** The `q` query parameter: a string. */
    char *q;
    /** The `webhook_id` query parameter: a string. */
    char *webhook_id;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_webhooks_list_events_params;

/**
 * List webhook events
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /webhook-events`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_webhooks_list_events_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_webhooks_list_events(schematic_client *client,
                                               const schematic_webhooks_list_events_params *params,
                                               schematic_webhooks_list_events_response **out, schematic_error *err);
/** Descriptor of schematic_webhooks_list_events(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_webhooks_list_events_op;

/**
 * Completion of schematic_webhooks_list_events_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_webhooks_list_events_async()
 * @param rc 0, or what schematic_webhooks_list_events() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_webhooks_list_events()'s out would receive, owned by the
 * callback (schematic_webhooks_list_events_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_webhooks_list_events() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_webhooks_list_events_callback)(void *user_data, int rc,
                                                        schematic_webhooks_list_events_response *result,
                                                        schematic_error *err);

/**
 * List webhook events
 *
 * Asynchronous form of schematic_webhooks_list_events(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_webhooks_list_events() would return; the result is the callback's to free.
 *
 * `GET /webhook-events`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_webhooks_list_events(); read before this returns
 * @param callback called with the outcome (see schematic_webhooks_list_events_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_webhooks_list_events() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_webhooks_list_events()
 */
APIC_EXPORT int schematic_webhooks_list_events_async(schematic_client *client,
                                                     const schematic_webhooks_list_events_params *params,
                                                     schematic_webhooks_list_events_callback callback, void *user_data,
                                                     apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_webhooks_list_events(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_webhooks_list_events_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_webhooks_list_events_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_webhooks_list_events_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_webhooks_list_events_iter_new(schematic_client *client,
                                                        const schematic_webhooks_list_events_params *params,
                                                        schematic_webhooks_list_events_iter **out,
                                                        schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_webhooks_list_events_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_webhooks_list_events_iter_next(schematic_webhooks_list_events_iter *it,
                                                         const schematic_webhook_event_detail_response_data **item,
                                                         schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_webhooks_list_events_iter_free(schematic_webhooks_list_events_iter *it);

/** Parameters of schematic_webhooks_get_event(). Zero-initialise, then set what you need. */
typedef struct schematic_webhooks_get_event_params {
    /**
     * webhook_event_id
     * Required.
     */
    char *webhook_event_id;
} schematic_webhooks_get_event_params;

/**
 * Get webhook event
 *
 * `GET /webhook-events/{webhook_event_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: webhook_event_id
 * @param out receives the result on success (schematic_webhooks_get_event_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_webhooks_get_event(schematic_client *client,
                                             const schematic_webhooks_get_event_params *params,
                                             schematic_webhooks_get_event_response **out, schematic_error *err);
/** Descriptor of schematic_webhooks_get_event(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_webhooks_get_event_op;

/**
 * Completion of schematic_webhooks_get_event_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_webhooks_get_event_async()
 * @param rc 0, or what schematic_webhooks_get_event() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_webhooks_get_event()'s out would receive, owned by the
 * callback (schematic_webhooks_get_event_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_webhooks_get_event() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_webhooks_get_event_callback)(void *user_data, int rc,
                                                      schematic_webhooks_get_event_response *result,
                                                      schematic_error *err);

/**
 * Get webhook event
 *
 * Asynchronous form of schematic_webhooks_get_event(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_webhooks_get_event() would
 * return; the result is the callback's to free.
 *
 * `GET /webhook-events/{webhook_event_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_webhooks_get_event(); read before this returns
 * @param callback called with the outcome (see schematic_webhooks_get_event_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_webhooks_get_event() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_webhooks_get_event()
 */
APIC_EXPORT int schematic_webhooks_get_event_async(schematic_client *client,
                                                   const schematic_webhooks_get_event_params *params,
                                                   schematic_webhooks_get_event_callback callback, void *user_data,
                                                   apic_async_call **call, schematic_error *err);

/** Parameters of schematic_webhooks_count_events(). Zero-initialise, then set what you need. */
typedef struct schematic_webhooks_count_events_params {
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** The `q` query parameter: a string. */
    char *q;
    /** The `webhook_id` query parameter: a string. */
    char *webhook_id;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_webhooks_count_events_params;

/**
 * Count webhook events
 *
 * `GET /webhook-events/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_webhooks_count_events_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_webhooks_count_events(schematic_client *client,
                                                const schematic_webhooks_count_events_params *params,
                                                schematic_webhooks_count_events_response **out, schematic_error *err);
/** Descriptor of schematic_webhooks_count_events(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_webhooks_count_events_op;

/**
 * Completion of schematic_webhooks_count_events_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_webhooks_count_events_async()
 * @param rc 0, or what schematic_webhooks_count_events() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_webhooks_count_events()'s out would receive, owned by
 * the callback (schematic_webhooks_count_events_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_webhooks_count_events() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_webhooks_count_events_callback)(void *user_data, int rc,
                                                         schematic_webhooks_count_events_response *result,
                                                         schematic_error *err);

/**
 * Count webhook events
 *
 * Asynchronous form of schematic_webhooks_count_events(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_webhooks_count_events() would return; the result is the callback's to free.
 *
 * `GET /webhook-events/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_webhooks_count_events(); read before this returns
 * @param callback called with the outcome (see schematic_webhooks_count_events_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_webhooks_count_events() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_webhooks_count_events()
 */
APIC_EXPORT int schematic_webhooks_count_events_async(schematic_client *client,
                                                      const schematic_webhooks_count_events_params *params,
                                                      schematic_webhooks_count_events_callback callback,
                                                      void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_webhooks_list(). Zero-initialise, then set what you need. */
typedef struct schematic_webhooks_list_params {
    /** The `q` query parameter: a string. */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_webhooks_list_params;

/**
 * List webhooks
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /webhooks`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_webhooks_list_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_webhooks_list(schematic_client *client, const schematic_webhooks_list_params *params,
                                        schematic_webhooks_list_response **out, schematic_error *err);
/** Descriptor of schematic_webhooks_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_webhooks_list_op;

/**
 * Completion of schematic_webhooks_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_webhooks_list_async()
 * @param rc 0, or what schematic_webhooks_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_webhooks_list()'s out would receive, owned by the
 * callback (schematic_webhooks_list_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_webhooks_list() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_webhooks_list_callback)(void *user_data, int rc, schematic_webhooks_list_response *result,
                                                 schematic_error *err);

/**
 * List webhooks
 *
 * Asynchronous form of schematic_webhooks_list(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_webhooks_list() would return;
 * the result is the callback's to free.
 *
 * `GET /webhooks`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_webhooks_list(); read before this returns
 * @param callback called with the outcome (see schematic_webhooks_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_webhooks_list() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_webhooks_list()
 */
APIC_EXPORT int schematic_webhooks_list_async(schematic_client *client, const schematic_webhooks_list_params *params,
                                              schematic_webhooks_list_callback callback, void *user_data,
                                              apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_webhooks_list(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_webhooks_list_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_webhooks_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_webhooks_list_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_webhooks_list_iter_new(schematic_client *client, const schematic_webhooks_list_params *params,
                                                 schematic_webhooks_list_iter **out, schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_webhooks_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_webhooks_list_iter_next(schematic_webhooks_list_iter *it,
                                                  const schematic_webhook_response_data **item, schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_webhooks_list_iter_free(schematic_webhooks_list_iter *it);

/**
 * Create webhook
 *
 * `POST /webhooks`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_webhook_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_webhooks_create_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_webhooks_create(schematic_client *client, const schematic_create_webhook_request_body *body,
                                          schematic_webhooks_create_response **out, schematic_error *err);
/** Descriptor of schematic_webhooks_create(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_webhooks_create_op;

/**
 * Completion of schematic_webhooks_create_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_webhooks_create_async()
 * @param rc 0, or what schematic_webhooks_create() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_webhooks_create()'s out would receive, owned by the
 * callback (schematic_webhooks_create_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_webhooks_create() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_webhooks_create_callback)(void *user_data, int rc, schematic_webhooks_create_response *result,
                                                   schematic_error *err);

/**
 * Create webhook
 *
 * Asynchronous form of schematic_webhooks_create(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_webhooks_create() would
 * return; the result is the callback's to free.
 *
 * `POST /webhooks`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_webhooks_create(); read before this returns
 * @param callback called with the outcome (see schematic_webhooks_create_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_webhooks_create() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_webhooks_create()
 */
APIC_EXPORT int schematic_webhooks_create_async(schematic_client *client,
                                                const schematic_create_webhook_request_body *body,
                                                schematic_webhooks_create_callback callback, void *user_data,
                                                apic_async_call **call, schematic_error *err);

/** Parameters of schematic_webhooks_get(). Zero-initialise, then set what you need. */
typedef struct schematic_webhooks_get_params {
    /**
     * webhook_id
     * Required.
     */
    char *webhook_id;
} schematic_webhooks_get_params;

/**
 * Get webhook
 *
 * `GET /webhooks/{webhook_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: webhook_id
 * @param out receives the result on success (schematic_webhooks_get_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_webhooks_get(schematic_client *client, const schematic_webhooks_get_params *params,
                                       schematic_webhooks_get_response **out, schematic_error *err);
/** Descriptor of schematic_webhooks_get(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_webhooks_get_op;

/**
 * Completion of schematic_webhooks_get_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_webhooks_get_async()
 * @param rc 0, or what schematic_webhooks_get() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_webhooks_get()'s out would receive, owned by the
 * callback (schematic_webhooks_get_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_webhooks_get() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_webhooks_get_callback)(void *user_data, int rc, schematic_webhooks_get_response *result,
                                                schematic_error *err);

/**
 * Get webhook
 *
 * Asynchronous form of schematic_webhooks_get(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what schematic_webhooks_get() would return; the
 * result is the callback's to free.
 *
 * `GET /webhooks/{webhook_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_webhooks_get(); read before this returns
 * @param callback called with the outcome (see schematic_webhooks_get_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_webhooks_get() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_webhooks_get()
 */
APIC_EXPORT int schematic_webhooks_get_async(schematic_client *client, const schematic_webhooks_get_params *params,
                                             schematic_webhooks_get_callback callback, void *user_data,
                                             apic_async_call **call, schematic_error *err);

/** Parameters of schematic_webhooks_update(). Zero-initialise, then set what you need. */
typedef struct schematic_webhooks_update_params {
    /**
     * webhook_id
     * Required.
     */
    char *webhook_id;
} schematic_webhooks_update_params;

/**
 * Update webhook
 *
 * `PUT /webhooks/{webhook_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: webhook_id
 * @param body request body: schematic_update_webhook_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_webhooks_update_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_webhooks_update(schematic_client *client, const schematic_webhooks_update_params *params,
                                          const schematic_update_webhook_request_body *body,
                                          schematic_webhooks_update_response **out, schematic_error *err);
/** Descriptor of schematic_webhooks_update(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_webhooks_update_op;

/**
 * Completion of schematic_webhooks_update_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_webhooks_update_async()
 * @param rc 0, or what schematic_webhooks_update() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_webhooks_update()'s out would receive, owned by the
 * callback (schematic_webhooks_update_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_webhooks_update() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_webhooks_update_callback)(void *user_data, int rc, schematic_webhooks_update_response *result,
                                                   schematic_error *err);

/**
 * Update webhook
 *
 * Asynchronous form of schematic_webhooks_update(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_webhooks_update() would
 * return; the result is the callback's to free.
 *
 * `PUT /webhooks/{webhook_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_webhooks_update(); read before this returns
 * @param body request body, as for schematic_webhooks_update(); read before this returns
 * @param callback called with the outcome (see schematic_webhooks_update_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_webhooks_update() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_webhooks_update()
 */
APIC_EXPORT int schematic_webhooks_update_async(schematic_client *client,
                                                const schematic_webhooks_update_params *params,
                                                const schematic_update_webhook_request_body *body,
                                                schematic_webhooks_update_callback callback, void *user_data,
                                                apic_async_call **call, schematic_error *err);

/** Parameters of schematic_webhooks_delete(). Zero-initialise, then set what you need. */
typedef struct schematic_webhooks_delete_params {
    /**
     * webhook_id
     * Required.
     */
    char *webhook_id;
} schematic_webhooks_delete_params;

/**
 * Delete webhook
 *
 * `DELETE /webhooks/{webhook_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: webhook_id
 * @param out receives the result on success (schematic_webhooks_delete_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_webhooks_delete(schematic_client *client, const schematic_webhooks_delete_params *params,
                                          schematic_webhooks_delete_response **out, schematic_error *err);
/** Descriptor of schematic_webhooks_delete(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_webhooks_delete_op;

/**
 * Completion of schematic_webhooks_delete_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_webhooks_delete_async()
 * @param rc 0, or what schematic_webhooks_delete() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_webhooks_delete()'s out would receive, owned by the
 * callback (schematic_webhooks_delete_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_webhooks_delete() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_webhooks_delete_callback)(void *user_data, int rc, schematic_webhooks_delete_response *result,
                                                   schematic_error *err);

/**
 * Delete webhook
 *
 * Asynchronous form of schematic_webhooks_delete(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_webhooks_delete() would
 * return; the result is the callback's to free.
 *
 * `DELETE /webhooks/{webhook_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_webhooks_delete(); read before this returns
 * @param callback called with the outcome (see schematic_webhooks_delete_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_webhooks_delete() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_webhooks_delete()
 */
APIC_EXPORT int schematic_webhooks_delete_async(schematic_client *client,
                                                const schematic_webhooks_delete_params *params,
                                                schematic_webhooks_delete_callback callback, void *user_data,
                                                apic_async_call **call, schematic_error *err);

/** Parameters of schematic_webhooks_send_test_action(). Zero-initialise, then set what you need. */
typedef struct schematic_webhooks_send_test_action_params {
    /**
     * webhook_id
     * Required.
     */
    char *webhook_id;
} schematic_webhooks_send_test_action_params;

/**
 * Send test webhook action
 *
 * `POST /webhooks/{webhook_id}/test`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: webhook_id
 * @param body request body: schematic_test_webhook_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_webhooks_send_test_action_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_webhooks_send_test_action(schematic_client *client,
                                                    const schematic_webhooks_send_test_action_params *params,
                                                    const schematic_test_webhook_request_body *body,
                                                    schematic_webhooks_send_test_action_response **out,
                                                    schematic_error *err);
/** Descriptor of schematic_webhooks_send_test_action(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_webhooks_send_test_action_op;

/**
 * Completion of schematic_webhooks_send_test_action_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_webhooks_send_test_action_async()
 * @param rc 0, or what schematic_webhooks_send_test_action() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_webhooks_send_test_action()'s out would receive, owned
 * by the callback (schematic_webhooks_send_test_action_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_webhooks_send_test_action() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_webhooks_send_test_action_callback)(void *user_data, int rc,
                                                             schematic_webhooks_send_test_action_response *result,
                                                             schematic_error *err);

/**
 * Send test webhook action
 *
 * Asynchronous form of schematic_webhooks_send_test_action(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_webhooks_send_test_action() would return; the result is the callback's to free.
 *
 * `POST /webhooks/{webhook_id}/test`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_webhooks_send_test_action(); read before this returns
 * @param body request body, as for schematic_webhooks_send_test_action(); read before this returns
 * @param callback called with the outcome (see schematic_webhooks_send_test_action_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_webhooks_send_test_action() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_webhooks_send_test_action()
 */
APIC_EXPORT int schematic_webhooks_send_test_action_async(schematic_client *client,
                                                          const schematic_webhooks_send_test_action_params *params,
                                                          const schematic_test_webhook_request_body *body,
                                                          schematic_webhooks_send_test_action_callback callback,
                                                          void *user_data, apic_async_call **call,
                                                          schematic_error *err);

/** Parameters of schematic_webhooks_count(). Zero-initialise, then set what you need. */
typedef struct schematic_webhooks_count_params {
    /** The `q` query parameter: a string. */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_webhooks_count_params;

/**
 * Count webhooks
 *
 * `GET /webhooks/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_webhooks_count_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_webhooks_count(schematic_client *client, const schematic_webhooks_count_params *params,
                                         schematic_webhooks_count_response **out, schematic_error *err);
/** Descriptor of schematic_webhooks_count(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_webhooks_count_op;

/**
 * Completion of schematic_webhooks_count_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_webhooks_count_async()
 * @param rc 0, or what schematic_webhooks_count() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_webhooks_count()'s out would receive, owned by the
 * callback (schematic_webhooks_count_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_webhooks_count() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_webhooks_count_callback)(void *user_data, int rc, schematic_webhooks_count_response *result,
                                                  schematic_error *err);

/**
 * Count webhooks
 *
 * Asynchronous form of schematic_webhooks_count(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_webhooks_count() would
 * return; the result is the callback's to free.
 *
 * `GET /webhooks/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_webhooks_count(); read before this returns
 * @param callback called with the outcome (see schematic_webhooks_count_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_webhooks_count() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_webhooks_count()
 */
APIC_EXPORT int schematic_webhooks_count_async(schematic_client *client, const schematic_webhooks_count_params *params,
                                               schematic_webhooks_count_callback callback, void *user_data,
                                               apic_async_call **call, schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
