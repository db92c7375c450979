/**
 * @file schematic/components.h
 * @brief Schematic: components operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_COMPONENTS_H
#define SCHEMATIC_COMPONENTS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of schematic_components_list(). Zero-initialise, then set what you need. */
typedef struct schematic_components_list_params {
    /** Maximum length: 512. */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_components_list_params;

/**
 * List components
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /components`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_components_list_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_components_list(schematic_client *client, const schematic_components_list_params *params,
                                          schematic_components_list_response **out, schematic_error *err);
/** Descriptor of schematic_components_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_components_list_op;

/** Iteration over every item of schematic_components_list(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_components_list_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_components_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_components_list_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_components_list_iter_new(schematic_client *client,
                                                   const schematic_components_list_params *params,
                                                   schematic_components_list_iter **out, schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_components_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_components_list_iter_next(schematic_components_list_iter *it,
                                                    const schematic_component_response_data **item,
                                                    schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_components_list_iter_free(schematic_components_list_iter *it);

/**
 * Create component
 *
 * `POST /components`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_component_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_components_create_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_components_create(schematic_client *client,
                                            const schematic_create_component_request_body *body,
                                            schematic_components_create_response **out, schematic_error *err);
/** Descriptor of schematic_components_create(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_components_create_op;

/** Parameters of schematic_components_get(). Zero-initialise, then set what you need. */
typedef struct schematic_components_get_params {
    /**
     * component_id
     * Required.
     */
    char *component_id;
} schematic_components_get_params;

/**
 * Get component
 *
 * `GET /components/{component_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: component_id
 * @param out receives the result on success (schematic_components_get_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_components_get(schematic_client *client, const schematic_components_get_params *params,
                                         schematic_components_get_response **out, schematic_error *err);
/** Descriptor of schematic_components_get(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_components_get_op;

/** Parameters of schematic_components_update(). Zero-initialise, then set what you need. */
typedef struct schematic_components_update_params {
    /**
     * component_id
     * Required.
     */
    char *component_id;
} schematic_components_update_params;

/**
 * Update component
 *
 * `PUT /components/{component_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: component_id
 * @param body request body: schematic_update_component_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_components_update_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_components_update(schematic_client *client, const schematic_components_update_params *params,
                                            const schematic_update_component_request_body *body,
                                            schematic_components_update_response **out, schematic_error *err);
/** Descriptor of schematic_components_update(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_components_update_op;

/** Parameters of schematic_components_delete(). Zero-initialise, then set what you need. */
typedef struct schematic_components_delete_params {
    /**
     * component_id
     * Required.
     */
    char *component_id;
} schematic_components_delete_params;

/**
 * Delete component
 *
 * `DELETE /components/{component_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: component_id
 * @param out receives the result on success (schematic_components_delete_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_components_delete(schematic_client *client, const schematic_components_delete_params *params,
                                            schematic_components_delete_response **out, schematic_error *err);
/** Descriptor of schematic_components_delete(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_components_delete_op;

/** Parameters of schematic_components_bind_catalog(). Zero-initialise, then set what you need. */
typedef struct schematic_components_bind_catalog_params {
    /**
     * component_id
     * Required.
     */
    char *component_id;
} schematic_components_bind_catalog_params;

/**
 * Bind catalog
 *
 * `PUT /components/{component_id}/catalog`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: component_id
 * @param body request body: schematic_bind_catalog_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_components_bind_catalog_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_components_bind_catalog(schematic_client *client,
                                                  const schematic_components_bind_catalog_params *params,
                                                  const schematic_bind_catalog_request_body *body,
                                                  schematic_components_bind_catalog_response **out,
                                                  schematic_error *err);
/** Descriptor of schematic_components_bind_catalog(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_components_bind_catalog_op;

/** Parameters of schematic_components_count(). Zero-initialise, then set what you need. */
typedef struct schematic_components_count_params {
    /** Maximum length: 512. */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_components_count_params;

/**
 * Count components
 *
 * `GET /components/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_components_count_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_components_count(schematic_client *client, const schematic_components_count_params *params,
                                           schematic_components_count_response **out, schematic_error *err);
/** Descriptor of schematic_components_count(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_components_count_op;

/** Parameters of schematic_components_preview_data(). Zero-initialise, then set what you need. */
typedef struct schematic_components_preview_data_params {
    /** The `company_id` query parameter: a string. */
    char *company_id;
    /** The `component_id` query parameter: a string. */
    char *component_id;
} schematic_components_preview_data_params;

/**
 * Preview component data
 *
 * `GET /components/preview-data`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_components_preview_data_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_components_preview_data(schematic_client *client,
                                                  const schematic_components_preview_data_params *params,
                                                  schematic_components_preview_data_response **out,
                                                  schematic_error *err);
/** Descriptor of schematic_components_preview_data(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_components_preview_data_op;

#ifdef __cplusplus
}
#endif
#endif
