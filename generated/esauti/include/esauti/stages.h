/**
 * @file esauti/stages.h
 * @brief eSauti: stages operations. Generated; do not edit.
 */
#ifndef ESAUTI_STAGES_H
#define ESAUTI_STAGES_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of esauti_stages_list(). Zero-initialise, then set what you need. */
typedef struct esauti_stages_list_params {
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
} esauti_stages_list_params;

/**
 * List stages
 *
 * Returns one page of lifecycle stages matching the optional search expression.
 *
 * Paginated ('start' advanced by the items received, up to 'total'): the `_iter_new()`,
 * `_iter_next()` and `_iter_free()` functions beside this one go through every item, asking for
 * pages as they are needed.
 *
 * `GET /stages`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (esauti_stage_list_free() it), NULL otherwise; may be NULL to discard. One page of stages.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_stages_list(esauti_client *client, const esauti_stages_list_params *params,
                                   esauti_stage_list **out, esauti_error *err);
/** Descriptor of esauti_stages_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_stages_list_op;

/** Iteration over every item of esauti_stages_list(), page after page (apic/pager.h). */
typedef struct apic_pager esauti_stages_list_iter;
/**
 * Starts iterating: nothing is sent before the first esauti_stages_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until esauti_stages_list_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int esauti_stages_list_iter_new(esauti_client *client, const esauti_stages_list_params *params,
                                            esauti_stages_list_iter **out, esauti_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or esauti_stages_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int esauti_stages_list_iter_next(esauti_stages_list_iter *it, const esauti_stage **item, esauti_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void esauti_stages_list_iter_free(esauti_stages_list_iter *it);

/**
 * Create a stage
 *
 * Creates a lifecycle stage. Stages are ordered by their weight.
 *
 * `POST /stages`
 *
 * @param client a client from esauti_client_new()
 * @param body request body: esauti_stage_input, sent as JSON; required. The new stage.
 * @param out receives the result on success (esauti_stage_free() it), NULL otherwise; may be NULL to discard. The stage created, with its id.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_stages_create(esauti_client *client, const esauti_stage_input *body, esauti_stage **out,
                                     esauti_error *err);
/** Descriptor of esauti_stages_create(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_stages_create_op;

/** Parameters of esauti_stages_get(). Zero-initialise, then set what you need. */
typedef struct esauti_stages_get_params {
    /**
     * Id of the stage.
     * Required.
     */
    int64_t id;
} esauti_stages_get_params;

/**
 * Get a stage
 *
 * Returns the stage with the given id.
 *
 * `GET /stages/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param out receives the result on success (esauti_stage_free() it), NULL otherwise; may be NULL to discard. The stage.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_stages_get(esauti_client *client, const esauti_stages_get_params *params, esauti_stage **out,
                                  esauti_error *err);
/** Descriptor of esauti_stages_get(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_stages_get_op;

/** Parameters of esauti_stages_delete(). Zero-initialise, then set what you need. */
typedef struct esauti_stages_delete_params {
    /**
     * Id of the stage.
     * Required.
     */
    int64_t id;
} esauti_stages_delete_params;

/**
 * Delete a stage
 *
 * Deletes the stage. Contacts in it are left without a stage.
 *
 * `DELETE /stages/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_stages_delete(esauti_client *client, const esauti_stages_delete_params *params,
                                     esauti_error *err);
/** Descriptor of esauti_stages_delete(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_stages_delete_op;

/** Parameters of esauti_stages_edit(). Zero-initialise, then set what you need. */
typedef struct esauti_stages_edit_params {
    /**
     * Id of the stage.
     * Required.
     */
    int64_t id;
} esauti_stages_edit_params;

/**
 * Edit a stage
 *
 * Changes only the fields present in the body; absent fields keep their values.
 *
 * `PATCH /stages/{id}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id
 * @param body request body: esauti_stage_patch, sent as JSON; required. The fields to change.
 * @param out receives the result on success (esauti_stage_free() it), NULL otherwise; may be NULL to discard. The stage after the change.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_stages_edit(esauti_client *client, const esauti_stages_edit_params *params,
                                   const esauti_stage_patch *body, esauti_stage **out, esauti_error *err);
/** Descriptor of esauti_stages_edit(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_stages_edit_op;

/** Parameters of esauti_stages_assign_contact(). Zero-initialise, then set what you need. */
typedef struct esauti_stages_assign_contact_params {
    /**
     * Id of the stage.
     * Required.
     */
    int64_t id;
    /**
     * Id of the contact.
     * Required.
     * JSON key: `contactId`.
     */
    int64_t contact_id;
} esauti_stages_assign_contact_params;

/**
 * Move a contact to a stage
 *
 * Changes the contact's lifecycle stage to this stage, whatever stage it was in before, and
 * records the change in the contact's history.
 *
 * `POST /stages/{id}/contacts/{contactId}`
 *
 * @param client a client from esauti_client_new()
 * @param params parameters; required: id, contact_id
 * @param out receives the result on success (esauti_action_result_free() it), NULL otherwise; may be NULL to discard. The contact is in the stage.
 * @param err receives details on failure (may be NULL); release with esauti_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int esauti_stages_assign_contact(esauti_client *client, const esauti_stages_assign_contact_params *params,
                                             esauti_action_result **out, esauti_error *err);
/** Descriptor of esauti_stages_assign_contact(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation esauti_stages_assign_contact_op;

#ifdef __cplusplus
}
#endif
#endif
