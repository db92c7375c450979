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

#ifdef __cplusplus
}
#endif
#endif
