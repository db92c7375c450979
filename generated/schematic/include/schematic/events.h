/**
 * @file schematic/events.h
 * @brief Schematic: events operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_EVENTS_H
#define SCHEMATIC_EVENTS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Create event batch
 *
 * `POST /event-batch`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_event_batch_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_events_create_batch_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_events_create_batch(schematic_client *client,
                                              const schematic_create_event_batch_request_body *body,
                                              schematic_events_create_batch_response **out, schematic_error *err);
/** Descriptor of schematic_events_create_batch(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_events_create_batch_op;

/**
 * Completion of schematic_events_create_batch_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_events_create_batch_async()
 * @param rc 0, or what schematic_events_create_batch() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_events_create_batch()'s out would receive, owned by the
 * callback (schematic_events_create_batch_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_events_create_batch() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_events_create_batch_callback)(void *user_data, int rc,
                                                       schematic_events_create_batch_response *result,
                                                       schematic_error *err);

/**
 * Create event batch
 *
 * Asynchronous form of schematic_events_create_batch(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what schematic_events_create_batch()
 * would return; the result is the callback's to free.
 *
 * `POST /event-batch`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_events_create_batch(); read before this returns
 * @param callback called with the outcome (see schematic_events_create_batch_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_events_create_batch() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_events_create_batch()
 */
APIC_EXPORT int schematic_events_create_batch_async(schematic_client *client,
                                                    const schematic_create_event_batch_request_body *body,
                                                    schematic_events_create_batch_callback callback, void *user_data,
                                                    apic_async_call **call, schematic_error *err);

/** Parameters of schematic_events_get_summaries(). Zero-initialise, then set what you need. */
typedef struct schematic_events_get_summaries_params {
    /** Maximum length: 512. */
    char *q;
    bool has_event_subtypes; /**< true when event_subtypes is set */
    /** Maximum items: 100. */
    apic_string_array event_subtypes;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_events_get_summaries_params;

/**
 * Get event summaries
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /event-types`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_events_get_summaries_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_events_get_summaries(schematic_client *client,
                                               const schematic_events_get_summaries_params *params,
                                               schematic_events_get_summaries_response **out, schematic_error *err);
/** Descriptor of schematic_events_get_summaries(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_events_get_summaries_op;

/**
 * Completion of schematic_events_get_summaries_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_events_get_summaries_async()
 * @param rc 0, or what schematic_events_get_summaries() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_events_get_summaries()'s out would receive, owned by the
 * callback (schematic_events_get_summaries_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_events_get_summaries() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_events_get_summaries_callback)(void *user_data, int rc,
                                                        schematic_events_get_summaries_response *result,
                                                        schematic_error *err);

/**
 * Get event summaries
 *
 * Asynchronous form of schematic_events_get_summaries(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_events_get_summaries() would return; the result is the callback's to free.
 *
 * `GET /event-types`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_events_get_summaries(); read before this returns
 * @param callback called with the outcome (see schematic_events_get_summaries_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_events_get_summaries() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_events_get_summaries()
 */
APIC_EXPORT int schematic_events_get_summaries_async(schematic_client *client,
                                                     const schematic_events_get_summaries_params *params,
                                                     schematic_events_get_summaries_callback callback, void *user_data,
                                                     apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_events_get_summaries(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_events_get_summaries_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_events_get_summaries_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_events_get_summaries_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_events_get_summaries_iter_new(schematic_client *client,
                                                        const schematic_events_get_summaries_params *params,
                                                        schematic_events_get_summaries_iter **out,
                                                        schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_events_get_summaries_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_events_get_summaries_iter_next(schematic_events_get_summaries_iter *it,
                                                         const schematic_event_summary_response_data **item,
                                                         schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_events_get_summaries_iter_free(schematic_events_get_summaries_iter *it);

/** Parameters of schematic_events_list(). Zero-initialise, then set what you need. */
typedef struct schematic_events_list_params {
    /** The `company_id` query parameter: a string. */
    char *company_id;
    /** Maximum length: 255. */
    char *event_subtype;
    bool has_event_types; /**< true when event_types is set */
    /** Maximum items: 100. */
    schematic_event_type_model_array event_types;
    /** The `flag_id` query parameter: a string. */
    char *flag_id;
    /** Maximum length: 255. */
    char *idempotency_key;
    /** The `user_id` query parameter: a string. */
    char *user_id;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_events_list_params;

/**
 * List events
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /events`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_events_list_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_events_list(schematic_client *client, const schematic_events_list_params *params,
                                      schematic_events_list_response **out, schematic_error *err);
/** Descriptor of schematic_events_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_events_list_op;

/**
 * Completion of schematic_events_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_events_list_async()
 * @param rc 0, or what schematic_events_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_events_list()'s out would receive, owned by the callback
 * (schematic_events_list_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_events_list() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_events_list_callback)(void *user_data, int rc, schematic_events_list_response *result,
                                               schematic_error *err);

/**
 * List events
 *
 * Asynchronous form of schematic_events_list(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what schematic_events_list() would return; the
 * result is the callback's to free.
 *
 * `GET /events`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_events_list(); read before this returns
 * @param callback called with the outcome (see schematic_events_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_events_list() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_events_list()
 */
APIC_EXPORT int schematic_events_list_async(schematic_client *client, const schematic_events_list_params *params,
                                            schematic_events_list_callback callback, void *user_data,
                                            apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_events_list(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_events_list_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_events_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_events_list_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_events_list_iter_new(schematic_client *client, const schematic_events_list_params *params,
                                               schematic_events_list_iter **out, schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_events_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_events_list_iter_next(schematic_events_list_iter *it,
                                                const schematic_event_detail_response_data **item,
                                                schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_events_list_iter_free(schematic_events_list_iter *it);

/**
 * Create event
 *
 * `POST /events`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_event_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_events_create_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_events_create(schematic_client *client, const schematic_create_event_request_body *body,
                                        schematic_events_create_response **out, schematic_error *err);
/** Descriptor of schematic_events_create(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_events_create_op;

/**
 * Completion of schematic_events_create_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_events_create_async()
 * @param rc 0, or what schematic_events_create() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_events_create()'s out would receive, owned by the
 * callback (schematic_events_create_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_events_create() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_events_create_callback)(void *user_data, int rc, schematic_events_create_response *result,
                                                 schematic_error *err);

/**
 * Create event
 *
 * Asynchronous form of schematic_events_create(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what schematic_events_create() would return;
 * the result is the callback's to free.
 *
 * `POST /events`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_events_create(); read before this returns
 * @param callback called with the outcome (see schematic_events_create_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_events_create() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_events_create()
 */
APIC_EXPORT int schematic_events_create_async(schematic_client *client, const schematic_create_event_request_body *body,
                                              schematic_events_create_callback callback, void *user_data,
                                              apic_async_call **call, schematic_error *err);

/** Parameters of schematic_events_get(). Zero-initialise, then set what you need. */
typedef struct schematic_events_get_params {
    /**
     * event_id
     * Required.
     */
    char *event_id;
} schematic_events_get_params;

/**
 * Get event
 *
 * `GET /events/{event_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: event_id
 * @param out receives the result on success (schematic_events_get_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_events_get(schematic_client *client, const schematic_events_get_params *params,
                                     schematic_events_get_response **out, schematic_error *err);
/** Descriptor of schematic_events_get(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_events_get_op;

/**
 * Completion of schematic_events_get_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to schematic_events_get_async()
 * @param rc 0, or what schematic_events_get() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_events_get()'s out would receive, owned by the callback
 * (schematic_events_get_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_events_get() fills it; valid until the callback
 * returns
 */
typedef void (*schematic_events_get_callback)(void *user_data, int rc, schematic_events_get_response *result,
                                              schematic_error *err);

/**
 * Get event
 *
 * Asynchronous form of schematic_events_get(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what schematic_events_get() would return; the
 * result is the callback's to free.
 *
 * `GET /events/{event_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_events_get(); read before this returns
 * @param callback called with the outcome (see schematic_events_get_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_events_get() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_events_get()
 */
APIC_EXPORT int schematic_events_get_async(schematic_client *client, const schematic_events_get_params *params,
                                           schematic_events_get_callback callback, void *user_data,
                                           apic_async_call **call, schematic_error *err);

/**
 * Get segment integration status
 *
 * `GET /segment-integration`
 *
 * @param client a client from schematic_client_new()
 * @param out receives the result on success (schematic_events_get_segment_integration_status_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_events_get_segment_integration_status(schematic_client *client,
                                                                schematic_events_get_segment_integration_status_response **out,
                                                                schematic_error *err);
/** Descriptor of schematic_events_get_segment_integration_status(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_events_get_segment_integration_status_op;

/**
 * Completion of schematic_events_get_segment_integration_status_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_events_get_segment_integration_status_async()
 * @param rc 0, or what schematic_events_get_segment_integration_status() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_events_get_segment_integration_status()'s out would
 * receive, owned by the callback (schematic_events_get_segment_integration_status_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_events_get_segment_integration_status() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_events_get_segment_integration_status_callback)(void *user_data, int rc,
                                                                         schematic_events_get_segment_integration_status_response *result,
                                                                         schematic_error *err);

/**
 * Get segment integration status
 *
 * Asynchronous form of schematic_events_get_segment_integration_status(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_events_get_segment_integration_status() would return; the result is the callback's to
 * free.
 *
 * `GET /segment-integration`
 *
 * @param client a client from schematic_client_new()
 * @param callback called with the outcome (see
 * schematic_events_get_segment_integration_status_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_events_get_segment_integration_status() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_events_get_segment_integration_status()
 */
APIC_EXPORT int schematic_events_get_segment_integration_status_async(schematic_client *client,
                                                                      schematic_events_get_segment_integration_status_callback callback,
                                                                      void *user_data, apic_async_call **call,
                                                                      schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
