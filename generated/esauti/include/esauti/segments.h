/**
 * @file esauti/segments.h
 * @brief eSauti: segments operations. Generated; do not edit.
 */
#ifndef ESAUTI_SEGMENTS_H
#define ESAUTI_SEGMENTS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of esauti_segments_list(). Zero-initialise, then set what you need. */
typedef struct esauti_segments_list_params {
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
} esauti_segments_list_params;

/**
 * List segments
 *
 * Returns one page of segments matching the optional search expression.
 *
 * Paginated ('start' advanced by the items received, up to 'total'): the `_iter_new()`,
 * `_iter_next()` and `_iter_free()` functions beside this one go through every item, asking for
 * pages as they are needed.
 *
 * `GET /segments`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (esauti_segment_list_free() it), NULL otherwise; may be NULL to discard. One page of segments.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_segments_list(esauti_client *client, const esauti_segments_list_params *params,
                                     esauti_segment_list **out, esauti_error *err);
/** Descriptor of esauti_segments_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_segments_list_op;

/** Iteration over every item of esauti_segments_list(), page after page (apic/pager.h). */
typedef struct apic_pager esauti_segments_list_iter;
/**
 * Starts iterating: nothing is sent before the first esauti_segments_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until esauti_segments_list_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int esauti_segments_list_iter_new(esauti_client *client, const esauti_segments_list_params *params,
                                              esauti_segments_list_iter **out, esauti_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or esauti_segments_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int esauti_segments_list_iter_next(esauti_segments_list_iter *it, const esauti_segment **item,
                                               esauti_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void esauti_segments_list_iter_free(esauti_segments_list_iter *it);

/**
 * Create a segment
 *
 * Creates a segment. With filters, eSauti adds and removes matching contacts automatically;
 * without filters, members are added by hand.
 *
 * `POST /segments`
 *
 * @param client a client from esauti_client_new()
 * @param body request body: esauti_segment_input, sent as JSON; required. The new segment.
 * @param out receives the result on success (esauti_segment_free() it), NULL otherwise; may be NULL to discard. The segment created, with its id.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_segments_create(esauti_client *client, const esauti_segment_input *body, esauti_segment **out,
                                       esauti_error *err);
/** Descriptor of esauti_segments_create(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_segments_create_op;

/** Parameters of esauti_segments_get(). Zero-initialise, then set what you need. */
typedef struct esauti_segments_get_params {
    /**
     * Id of the segment.
     * Required.
     */
    int64_t id;
} esauti_segments_get_params;

/**
 * Get a segment
 *
 * Returns the segment with the given id, with its filters and member count.
 *
 * `GET /segments/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param out receives the result on success (esauti_segment_free() it), NULL otherwise; may be NULL to discard. The segment.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_segments_get(esauti_client *client, const esauti_segments_get_params *params,
                                    esauti_segment **out, esauti_error *err);
/** Descriptor of esauti_segments_get(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_segments_get_op;

/** Parameters of esauti_segments_delete(). Zero-initialise, then set what you need. */
typedef struct esauti_segments_delete_params {
    /**
     * Id of the segment.
     * Required.
     */
    int64_t id;
} esauti_segments_delete_params;

/**
 * Delete a segment
 *
 * Deletes the segment. Its member contacts are kept.
 *
 * `DELETE /segments/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_segments_delete(esauti_client *client, const esauti_segments_delete_params *params,
                                       esauti_error *err);
/** Descriptor of esauti_segments_delete(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_segments_delete_op;

/** Parameters of esauti_segments_edit(). Zero-initialise, then set what you need. */
typedef struct esauti_segments_edit_params {
    /**
     * Id of the segment.
     * Required.
     */
    int64_t id;
} esauti_segments_edit_params;

/**
 * Edit a segment
 *
 * Changes only the fields present in the body. A `filters` array replaces all the segment's
 * filters.
 *
 * `PATCH /segments/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param body request body: esauti_segment_patch, sent as JSON; required. The fields to change.
 * @param out receives the result on success (esauti_segment_free() it), NULL otherwise; may be NULL to discard. The segment after the change.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_segments_edit(esauti_client *client, const esauti_segments_edit_params *params,
                                     const esauti_segment_patch *body, esauti_segment **out, esauti_error *err);
/** Descriptor of esauti_segments_edit(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_segments_edit_op;

/** Parameters of esauti_segments_add_contact(). Zero-initialise, then set what you need. */
typedef struct esauti_segments_add_contact_params {
    /**
     * Id of the segment.
     * Required.
     */
    int64_t id;
    /**
     * Id of the contact.
     * Required.
     * JSON key: `contactId`.
     */
    int64_t contact_id;
} esauti_segments_add_contact_params;

/**
 * Add a contact to a segment
 *
 * Adds the contact to the segment by hand. Adding a member again does nothing.
 *
 * `POST /segments/{id}/contacts/{contactId}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id, contact_id
 * @param out receives the result on success (esauti_action_result_free() it), NULL otherwise; may be NULL to discard. The contact is a member of the segment.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_segments_add_contact(esauti_client *client, const esauti_segments_add_contact_params *params,
                                            esauti_action_result **out, esauti_error *err);
/** Descriptor of esauti_segments_add_contact(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_segments_add_contact_op;

/** Parameters of esauti_segments_remove_contact(). Zero-initialise, then set what you need. */
typedef struct esauti_segments_remove_contact_params {
    /**
     * Id of the segment.
     * Required.
     */
    int64_t id;
    /**
     * Id of the contact.
     * Required.
     * JSON key: `contactId`.
     */
    int64_t contact_id;
} esauti_segments_remove_contact_params;

/**
 * Remove a contact from a segment
 *
 * Removes the contact from the segment. A contact removed by hand is not added back by the
 * segment's filters.
 *
 * `DELETE /segments/{id}/contacts/{contactId}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id, contact_id
 * @param out receives the result on success (esauti_action_result_free() it), NULL otherwise; may be NULL to discard. The contact is no longer a member of the segment.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_segments_remove_contact(esauti_client *client,
                                               const esauti_segments_remove_contact_params *params,
                                               esauti_action_result **out, esauti_error *err);
/** Descriptor of esauti_segments_remove_contact(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_segments_remove_contact_op;

#ifdef __cplusplus
}
#endif
#endif
