/**
 * @file esauti/campaigns.h
 * @brief eSauti: campaigns operations. Generated; do not edit.
 */
#ifndef ESAUTI_CAMPAIGNS_H
#define ESAUTI_CAMPAIGNS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of esauti_campaigns_list(). Zero-initialise, then set what you need. */
typedef struct esauti_campaigns_list_params {
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
} esauti_campaigns_list_params;

/**
 * List campaigns
 *
 * Returns one page of campaigns matching the optional search expression.
 *
 * Paginated ('start' advanced by the items received, up to 'total'): the `_iter_new()`,
 * `_iter_next()` and `_iter_free()` functions beside this one go through every item, asking for
 * pages as they are needed.
 *
 * `GET /campaigns`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (esauti_campaign_list_free() it), NULL otherwise; may be NULL to discard. One page of campaigns.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_campaigns_list(esauti_client *client, const esauti_campaigns_list_params *params,
                                      esauti_campaign_list **out, esauti_error *err);
/** Descriptor of esauti_campaigns_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_campaigns_list_op;

/**
 * Completion of esauti_campaigns_list_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_campaigns_list_async()
 * @param rc 0, or what esauti_campaigns_list() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_campaigns_list()'s out would receive, owned by the callback
 * (esauti_campaign_list_free() it); NULL otherwise
 * @param err the call's error, as esauti_campaigns_list() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_campaigns_list_callback)(void *user_data, int rc, esauti_campaign_list *result,
                                               esauti_error *err);

/**
 * List campaigns
 *
 * Asynchronous form of esauti_campaigns_list(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_campaigns_list() would return; the
 * result is the callback's to free.
 *
 * `GET /campaigns`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_campaigns_list(); read before this returns
 * @param callback called with the outcome (see esauti_campaigns_list_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_campaigns_list() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_campaigns_list()
 */
APIC_EXPORT int esauti_campaigns_list_async(esauti_client *client, const esauti_campaigns_list_params *params,
                                            esauti_campaigns_list_callback callback, void *user_data,
                                            apic_async_call **call, esauti_error *err);

/** Iteration over every item of esauti_campaigns_list(), page after page (apic/pager.h). */
typedef struct apic_pager esauti_campaigns_list_iter;
/**
 * Starts iterating: nothing is sent before the first esauti_campaigns_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until esauti_campaigns_list_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int esauti_campaigns_list_iter_new(esauti_client *client, const esauti_campaigns_list_params *params,
                                               esauti_campaigns_list_iter **out, esauti_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or esauti_campaigns_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int esauti_campaigns_list_iter_next(esauti_campaigns_list_iter *it, const esauti_campaign **item,
                                                esauti_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void esauti_campaigns_list_iter_free(esauti_campaigns_list_iter *it);

/** Parameters of esauti_campaigns_get(). Zero-initialise, then set what you need. */
typedef struct esauti_campaigns_get_params {
    /**
     * Id of the campaign.
     * Required.
     */
    int64_t id;
} esauti_campaigns_get_params;

/**
 * Get a campaign
 *
 * Returns the campaign with the given id and the segments that feed it.
 *
 * `GET /campaigns/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param out receives the result on success (esauti_campaign_free() it), NULL otherwise; may be NULL to discard. The campaign.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_campaigns_get(esauti_client *client, const esauti_campaigns_get_params *params,
                                     esauti_campaign **out, esauti_error *err);
/** Descriptor of esauti_campaigns_get(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_campaigns_get_op;

/**
 * Completion of esauti_campaigns_get_async(): called exactly once, later, on the loop thread
 * (apic/async.h).
 * @param user_data as given to esauti_campaigns_get_async()
 * @param rc 0, or what esauti_campaigns_get() would have returned (a negative apic_status);
 * APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client freed first)
 * @param result on success what esauti_campaigns_get()'s out would receive, owned by the callback
 * (esauti_campaign_free() it); NULL otherwise
 * @param err the call's error, as esauti_campaigns_get() fills it; valid until the callback
 * returns
 */
typedef void (*esauti_campaigns_get_callback)(void *user_data, int rc, esauti_campaign *result, esauti_error *err);

/**
 * Get a campaign
 *
 * Asynchronous form of esauti_campaigns_get(): returns at once; callback is called exactly once,
 * later, on the loop thread (apic/async.h) with what esauti_campaigns_get() would return; the
 * result is the callback's to free.
 *
 * `GET /campaigns/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_campaigns_get(); read before this returns
 * @param callback called with the outcome (see esauti_campaigns_get_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_campaigns_get() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_campaigns_get()
 */
APIC_EXPORT int esauti_campaigns_get_async(esauti_client *client, const esauti_campaigns_get_params *params,
                                           esauti_campaigns_get_callback callback, void *user_data,
                                           apic_async_call **call, esauti_error *err);

/** Parameters of esauti_campaigns_list_contacts(). Zero-initialise, then set what you need. */
typedef struct esauti_campaigns_list_contacts_params {
    /**
     * Id of the campaign.
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
} esauti_campaigns_list_contacts_params;

/**
 * List a campaign's contacts
 *
 * Returns one page of the contacts currently in the campaign, with how they joined.
 *
 * Paginated ('start' advanced by the items received, up to 'total'): the `_iter_new()`,
 * `_iter_next()` and `_iter_free()` functions beside this one go through every item, asking for
 * pages as they are needed.
 *
 * `GET /campaigns/{id}/contacts`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param out receives the result on success (esauti_campaign_contact_list_free() it), NULL otherwise; may be NULL to discard. One page of campaign memberships.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_campaigns_list_contacts(esauti_client *client,
                                               const esauti_campaigns_list_contacts_params *params,
                                               esauti_campaign_contact_list **out, esauti_error *err);
/** Descriptor of esauti_campaigns_list_contacts(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_campaigns_list_contacts_op;

/**
 * Completion of esauti_campaigns_list_contacts_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to esauti_campaigns_list_contacts_async()
 * @param rc 0, or what esauti_campaigns_list_contacts() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what esauti_campaigns_list_contacts()'s out would receive, owned by the
 * callback (esauti_campaign_contact_list_free() it); NULL otherwise
 * @param err the call's error, as esauti_campaigns_list_contacts() fills it; valid until the
 * callback returns
 */
typedef void (*esauti_campaigns_list_contacts_callback)(void *user_data, int rc, esauti_campaign_contact_list *result,
                                                        esauti_error *err);

/**
 * List a campaign's contacts
 *
 * Asynchronous form of esauti_campaigns_list_contacts(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * esauti_campaigns_list_contacts() would return; the result is the callback's to free.
 *
 * `GET /campaigns/{id}/contacts`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_campaigns_list_contacts(); read before this returns
 * @param callback called with the outcome (see esauti_campaigns_list_contacts_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_campaigns_list_contacts() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_campaigns_list_contacts()
 */
APIC_EXPORT int esauti_campaigns_list_contacts_async(esauti_client *client,
                                                     const esauti_campaigns_list_contacts_params *params,
                                                     esauti_campaigns_list_contacts_callback callback, void *user_data,
                                                     apic_async_call **call, esauti_error *err);

/** Iteration over every item of esauti_campaigns_list_contacts(), page after page (apic/pager.h). */
typedef struct apic_pager esauti_campaigns_list_contacts_iter;
/**
 * Starts iterating: nothing is sent before the first esauti_campaigns_list_contacts_iter_next(). params is copied
 * shallowly: what it points to must stay valid until esauti_campaigns_list_contacts_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int esauti_campaigns_list_contacts_iter_new(esauti_client *client,
                                                        const esauti_campaigns_list_contacts_params *params,
                                                        esauti_campaigns_list_contacts_iter **out, esauti_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or esauti_campaigns_list_contacts_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int esauti_campaigns_list_contacts_iter_next(esauti_campaigns_list_contacts_iter *it,
                                                         const esauti_campaign_contact **item, esauti_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void esauti_campaigns_list_contacts_iter_free(esauti_campaigns_list_contacts_iter *it);

/** Parameters of esauti_campaigns_add_contact(). Zero-initialise, then set what you need. */
typedef struct esauti_campaigns_add_contact_params {
    /**
     * Id of the campaign.
     * Required.
     */
    int64_t id;
    /**
     * Id of the contact.
     * Required.
     * JSON key: `contactId`.
     */
    int64_t contact_id;
} esauti_campaigns_add_contact_params;

/**
 * Add a contact to a campaign
 *
 * Puts the contact into the campaign by hand; the campaign's first actions run for it.
 *
 * `POST /campaigns/{id}/contacts/{contactId}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id, contact_id
 * @param out receives the result on success (esauti_action_result_free() it), NULL otherwise; may be NULL to discard. The contact is in the campaign.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_campaigns_add_contact(esauti_client *client, const esauti_campaigns_add_contact_params *params,
                                             esauti_action_result **out, esauti_error *err);
/** Descriptor of esauti_campaigns_add_contact(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_campaigns_add_contact_op;

/**
 * Completion of esauti_campaigns_add_contact_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to esauti_campaigns_add_contact_async()
 * @param rc 0, or what esauti_campaigns_add_contact() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what esauti_campaigns_add_contact()'s out would receive, owned by the
 * callback (esauti_action_result_free() it); NULL otherwise
 * @param err the call's error, as esauti_campaigns_add_contact() fills it; valid until the
 * callback returns
 */
typedef void (*esauti_campaigns_add_contact_callback)(void *user_data, int rc, esauti_action_result *result,
                                                      esauti_error *err);

/**
 * Add a contact to a campaign
 *
 * Asynchronous form of esauti_campaigns_add_contact(): returns at once; callback is called exactly
 * once, later, on the loop thread (apic/async.h) with what esauti_campaigns_add_contact() would
 * return; the result is the callback's to free.
 *
 * `POST /campaigns/{id}/contacts/{contactId}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_campaigns_add_contact(); read before this returns
 * @param callback called with the outcome (see esauti_campaigns_add_contact_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_campaigns_add_contact() refuses before
 * sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_campaigns_add_contact()
 */
APIC_EXPORT int esauti_campaigns_add_contact_async(esauti_client *client,
                                                   const esauti_campaigns_add_contact_params *params,
                                                   esauti_campaigns_add_contact_callback callback, void *user_data,
                                                   apic_async_call **call, esauti_error *err);

/** Parameters of esauti_campaigns_remove_contact(). Zero-initialise, then set what you need. */
typedef struct esauti_campaigns_remove_contact_params {
    /**
     * Id of the campaign.
     * Required.
     */
    int64_t id;
    /**
     * Id of the contact.
     * Required.
     * JSON key: `contactId`.
     */
    int64_t contact_id;
} esauti_campaigns_remove_contact_params;

/**
 * Remove a contact from a campaign
 *
 * Takes the contact out of the campaign; its pending campaign actions are cancelled.
 *
 * `DELETE /campaigns/{id}/contacts/{contactId}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id, contact_id
 * @param out receives the result on success (esauti_action_result_free() it), NULL otherwise; may be NULL to discard. The contact is no longer in the campaign.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_campaigns_remove_contact(esauti_client *client,
                                                const esauti_campaigns_remove_contact_params *params,
                                                esauti_action_result **out, esauti_error *err);
/** Descriptor of esauti_campaigns_remove_contact(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_campaigns_remove_contact_op;

/**
 * Completion of esauti_campaigns_remove_contact_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to esauti_campaigns_remove_contact_async()
 * @param rc 0, or what esauti_campaigns_remove_contact() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what esauti_campaigns_remove_contact()'s out would receive, owned by
 * the callback (esauti_action_result_free() it); NULL otherwise
 * @param err the call's error, as esauti_campaigns_remove_contact() fills it; valid until the
 * callback returns
 */
typedef void (*esauti_campaigns_remove_contact_callback)(void *user_data, int rc, esauti_action_result *result,
                                                         esauti_error *err);

/**
 * Remove a contact from a campaign
 *
 * Asynchronous form of esauti_campaigns_remove_contact(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * esauti_campaigns_remove_contact() would return; the result is the callback's to free.
 *
 * `DELETE /campaigns/{id}/contacts/{contactId}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters, as for esauti_campaigns_remove_contact(); read before this returns
 * @param callback called with the outcome (see esauti_campaigns_remove_contact_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * esauti_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what esauti_campaigns_remove_contact() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see esauti_campaigns_remove_contact()
 */
APIC_EXPORT int esauti_campaigns_remove_contact_async(esauti_client *client,
                                                      const esauti_campaigns_remove_contact_params *params,
                                                      esauti_campaigns_remove_contact_callback callback,
                                                      void *user_data, apic_async_call **call, esauti_error *err);

#ifdef __cplusplus
}
#endif
#endif
