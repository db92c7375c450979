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

#ifdef __cplusplus
}
#endif
#endif
