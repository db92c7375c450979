/**
 * @file esauti/webhooks.h
 * @brief eSauti: webhooks operations. Generated; do not edit.
 */
#ifndef ESAUTI_WEBHOOKS_H
#define ESAUTI_WEBHOOKS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of esauti_webhooks_list(). Zero-initialise, then set what you need. */
typedef struct esauti_webhooks_list_params {
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
} esauti_webhooks_list_params;

/**
 * List webhooks
 *
 * Returns one page of webhooks matching the optional search expression.
 *
 * Paginated ('start' advanced by the items received, up to 'total'): the `_iter_new()`,
 * `_iter_next()` and `_iter_free()` functions beside this one go through every item, asking for
 * pages as they are needed.
 *
 * `GET /webhooks`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (esauti_webhook_list_free() it), NULL otherwise; may be NULL to discard. One page of webhooks.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_webhooks_list(esauti_client *client, const esauti_webhooks_list_params *params,
                                     esauti_webhook_list **out, esauti_error *err);
/** Descriptor of esauti_webhooks_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_webhooks_list_op;

/**
 * Completion of esauti_webhooks_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_webhooks_list_async()
 * @param rc 0, or what esauti_webhooks_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_webhooks_list()'s out would receive, owned by the callback
 * (esauti_webhook_list_free() it); NULL otherwise
 * @param err the call's error, as esauti_webhooks_list() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_webhooks_list_callback)(void *user_data, int rc, esauti_webhook_list *result, esauti_error *err);

/**
 * List webhooks
 *
 * Asynchronous form of esauti_webhooks_list(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_webhooks_list() would return; the
 * result is the callback's to free.
 *
 * `GET /webhooks`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_webhooks_list(); read before this returns
 * @param callback called with the outcome (see esauti_webhooks_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_webhooks_list() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_webhooks_list()
 */
APIC_EXPORT int esauti_webhooks_list_async(esauti_client *client, const esauti_webhooks_list_params *params,
                                           esauti_webhooks_list_callback callback, void *user_data,
                                           apic_async_call **call, esauti_error *err);

/** Iteration over every item of esauti_webhooks_list(), page after page (apic/pager.h). */
typedef struct apic_pager esauti_webhooks_list_iter;
/**
 * Starts iterating: nothing is sent before the first esauti_webhooks_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until esauti_webhooks_list_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int esauti_webhooks_list_iter_new(esauti_client *client, const esauti_webhooks_list_params *params,
                                              esauti_webhooks_list_iter **out, esauti_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or esauti_webhooks_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int esauti_webhooks_list_iter_next(esauti_webhooks_list_iter *it, const esauti_webhook **item,
                                               esauti_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void esauti_webhooks_list_iter_free(esauti_webhooks_list_iter *it);

/**
 * Create a webhook
 *
 * Creates a webhook. eSauti POSTs a JSON payload to `webhookUrl` whenever one of the `triggers`
 * happens (the payloads are described under `webhooks`), signed as Standard Webhooks sign:
 * `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` and the base64
 * HMAC-SHA256 of `id.timestamp.body` under the webhook's secret).
 *
 * `POST /webhooks`
 *
 * @param client a client from esauti_client_new()
 * @param body request body: esauti_webhook_input, sent as JSON; required. The new webhook.
 * @param out receives the result on success (esauti_webhook_free() it), NULL otherwise; may be NULL to discard. The webhook created, with its id.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_webhooks_create(esauti_client *client, const esauti_webhook_input *body, esauti_webhook **out,
                                       esauti_error *err);
/** Descriptor of esauti_webhooks_create(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_webhooks_create_op;

/**
 * Completion of esauti_webhooks_create_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_webhooks_create_async()
 * @param rc 0, or what esauti_webhooks_create() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_webhooks_create()'s out would receive, owned by the
 * callback (esauti_webhook_free() it); NULL otherwise
 * @param err the call's error, as esauti_webhooks_create() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_webhooks_create_callback)(void *user_data, int rc, esauti_webhook *result, esauti_error *err);

/**
 * Create a webhook
 *
 * Asynchronous form of esauti_webhooks_create(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_webhooks_create() would return; the
 * result is the callback's to free.
 *
 * `POST /webhooks`
 *
 * @param client a client from esauti_client_new()
 * @param body request body, as for esauti_webhooks_create(); read before this returns
 * @param callback called with the outcome (see esauti_webhooks_create_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_webhooks_create() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_webhooks_create()
 */
APIC_EXPORT int esauti_webhooks_create_async(esauti_client *client, const esauti_webhook_input *body,
                                             esauti_webhooks_create_callback callback, void *user_data,
                                             apic_async_call **call, esauti_error *err);

/**
 * List webhook trigger types
 *
 * Returns every event a webhook can subscribe to, with a label and a description.
 *
 * `GET /webhooks/triggers`
 *
 * @param client a client from esauti_client_new()
 * @param out receives the result on success (esauti_webhook_trigger_list_free() it), NULL otherwise; may be NULL to discard. The available triggers.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_webhooks_list_triggers(esauti_client *client, esauti_webhook_trigger_list **out,
                                              esauti_error *err);
/** Descriptor of esauti_webhooks_list_triggers(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_webhooks_list_triggers_op;

/**
 * Completion of esauti_webhooks_list_triggers_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to esauti_webhooks_list_triggers_async()
 * @param rc 0, or what esauti_webhooks_list_triggers() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what esauti_webhooks_list_triggers()'s out would receive, owned by the
 * callback (esauti_webhook_trigger_list_free() it); NULL otherwise
 * @param err the call's error, as esauti_webhooks_list_triggers() fills it; valid until the
 * callback returns
 */
typedef void (*esauti_webhooks_list_triggers_callback)(void *user_data, int rc, esauti_webhook_trigger_list *result,
                                                       esauti_error *err);

/**
 * List webhook trigger types
 *
 * Asynchronous form of esauti_webhooks_list_triggers(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what esauti_webhooks_list_triggers()
 * would return; the result is the callback's to free.
 *
 * `GET /webhooks/triggers`
 *
 * @param client a client from esauti_client_new()
 * @param callback called with the outcome (see esauti_webhooks_list_triggers_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_webhooks_list_triggers() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_webhooks_list_triggers()
 */
APIC_EXPORT int esauti_webhooks_list_triggers_async(esauti_client *client,
                                                    esauti_webhooks_list_triggers_callback callback, void *user_data,
                                                    apic_async_call **call, esauti_error *err);

/** Parameters of esauti_webhooks_get(). Zero-initialise, then set what you need. */
typedef struct esauti_webhooks_get_params {
    /**
     * Id of the webhook.
     * Required.
     */
    int64_t id;
} esauti_webhooks_get_params;

/**
 * Get a webhook
 *
 * Returns the webhook with the given id. The secret is never returned.
 *
 * `GET /webhooks/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param out receives the result on success (esauti_webhook_free() it), NULL otherwise; may be NULL to discard. The webhook.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_webhooks_get(esauti_client *client, const esauti_webhooks_get_params *params,
                                    esauti_webhook **out, esauti_error *err);
/** Descriptor of esauti_webhooks_get(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_webhooks_get_op;

/**
 * Completion of esauti_webhooks_get_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_webhooks_get_async()
 * @param rc 0, or what esauti_webhooks_get() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_webhooks_get()'s out would receive, owned by the callback
 * (esauti_webhook_free() it); NULL otherwise
 * @param err the call's error, as esauti_webhooks_get() fills it; valid until the callback returns
 */
typedef void (*esauti_webhooks_get_callback)(void *user_data, int rc, esauti_webhook *result, esauti_error *err);

/**
 * Get a webhook
 *
 * Asynchronous form of esauti_webhooks_get(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_webhooks_get() would return; the
 * result is the callback's to free.
 *
 * `GET /webhooks/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_webhooks_get(); read before this returns
 * @param callback called with the outcome (see esauti_webhooks_get_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_webhooks_get() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_webhooks_get()
 */
APIC_EXPORT int esauti_webhooks_get_async(esauti_client *client, const esauti_webhooks_get_params *params,
                                          esauti_webhooks_get_callback callback, void *user_data,
                                          apic_async_call **call, esauti_error *err);

/** Parameters of esauti_webhooks_delete(). Zero-initialise, then set what you need. */
typedef struct esauti_webhooks_delete_params {
    /**
     * Id of the webhook.
     * Required.
     */
    int64_t id;
} esauti_webhooks_delete_params;

/**
 * Delete a webhook
 *
 * Deletes the webhook; events already queued for it are dropped.
 *
 * `DELETE /webhooks/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_webhooks_delete(esauti_client *client, const esauti_webhooks_delete_params *params,
                                       esauti_error *err);
/** Descriptor of esauti_webhooks_delete(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_webhooks_delete_op;

/**
 * Completion of esauti_webhooks_delete_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_webhooks_delete_async()
 * @param rc 0, or what esauti_webhooks_delete() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param err the call's error, as esauti_webhooks_delete() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_webhooks_delete_callback)(void *user_data, int rc, esauti_error *err);

/**
 * Delete a webhook
 *
 * Asynchronous form of esauti_webhooks_delete(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_webhooks_delete() would return.
 *
 * `DELETE /webhooks/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_webhooks_delete(); read before this returns
 * @param callback called with the outcome (see esauti_webhooks_delete_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_webhooks_delete() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_webhooks_delete()
 */
APIC_EXPORT int esauti_webhooks_delete_async(esauti_client *client, const esauti_webhooks_delete_params *params,
                                             esauti_webhooks_delete_callback callback, void *user_data,
                                             apic_async_call **call, esauti_error *err);

/** Parameters of esauti_webhooks_edit(). Zero-initialise, then set what you need. */
typedef struct esauti_webhooks_edit_params {
    /**
     * Id of the webhook.
     * Required.
     */
    int64_t id;
} esauti_webhooks_edit_params;

/**
 * Edit a webhook
 *
 * Changes only the fields present in the body. A `triggers` array replaces all the webhook's
 * triggers.
 *
 * `PATCH /webhooks/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param body request body: esauti_webhook_patch, sent as JSON; required. The fields to change.
 * @param out receives the result on success (esauti_webhook_free() it), NULL otherwise; may be NULL to discard. The webhook after the change.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_webhooks_edit(esauti_client *client, const esauti_webhooks_edit_params *params,
                                     const esauti_webhook_patch *body, esauti_webhook **out, esauti_error *err);
/** Descriptor of esauti_webhooks_edit(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_webhooks_edit_op;

/**
 * Completion of esauti_webhooks_edit_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_webhooks_edit_async()
 * @param rc 0, or what esauti_webhooks_edit() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_webhooks_edit()'s out would receive, owned by the callback
 * (esauti_webhook_free() it); NULL otherwise
 * @param err the call's error, as esauti_webhooks_edit() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_webhooks_edit_callback)(void *user_data, int rc, esauti_webhook *result, esauti_error *err);

/**
 * Edit a webhook
 *
 * Asynchronous form of esauti_webhooks_edit(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_webhooks_edit() would return; the
 * result is the callback's to free.
 *
 * `PATCH /webhooks/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_webhooks_edit(); read before this returns
 * @param body request body, as for esauti_webhooks_edit(); read before this returns
 * @param callback called with the outcome (see esauti_webhooks_edit_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_webhooks_edit() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_webhooks_edit()
 */
APIC_EXPORT int esauti_webhooks_edit_async(esauti_client *client, const esauti_webhooks_edit_params *params,
                                           const esauti_webhook_patch *body, esauti_webhooks_edit_callback callback,
                                           void *user_data, apic_async_call **call, esauti_error *err);

#ifdef __cplusplus
}
#endif
#endif
