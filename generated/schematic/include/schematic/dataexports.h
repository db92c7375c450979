/**
 * @file schematic/dataexports.h
 * @brief Schematic: dataexports operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_DATAEXPORTS_H
#define SCHEMATIC_DATAEXPORTS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of schematic_dataexports_list_data_exports(). Zero-initialise, then set what you need. */
typedef struct schematic_dataexports_list_data_exports_params {
    bool has_export_type; /**< true when export_type is set */
    /** The `export_type` query parameter: one of the values of schematic_data_export_type (stored as schematic_data_export_type_val). */
    schematic_data_export_type_val export_type;
    bool has_status; /**< true when status is set */
    /** The `status` query parameter: one of the values of schematic_data_export_status (stored as schematic_data_export_status_val). */
    schematic_data_export_status_val status;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_dataexports_list_data_exports_params;

/**
 * List data exports
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /data-exports`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_dataexports_list_data_exports_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_dataexports_list_data_exports(schematic_client *client,
                                                        const schematic_dataexports_list_data_exports_params *params,
                                                        schematic_dataexports_list_data_exports_response **out,
                                                        schematic_error *err);
/** Descriptor of schematic_dataexports_list_data_exports(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_dataexports_list_data_exports_op;

/** Iteration over every item of schematic_dataexports_list_data_exports(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_dataexports_list_data_exports_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_dataexports_list_data_exports_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_dataexports_list_data_exports_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_dataexports_list_data_exports_iter_new(schematic_client *client,
                                                                 const schematic_dataexports_list_data_exports_params *params,
                                                                 schematic_dataexports_list_data_exports_iter **out,
                                                                 schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_dataexports_list_data_exports_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_dataexports_list_data_exports_iter_next(schematic_dataexports_list_data_exports_iter *it,
                                                                  const schematic_data_export_response_data **item,
                                                                  schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_dataexports_list_data_exports_iter_free(schematic_dataexports_list_data_exports_iter *it);

/**
 * Create data export
 *
 * `POST /data-exports`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_data_export_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_dataexports_create_data_export_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_dataexports_create_data_export(schematic_client *client,
                                                         const schematic_create_data_export_request_body *body,
                                                         schematic_dataexports_create_data_export_response **out,
                                                         schematic_error *err);
/** Descriptor of schematic_dataexports_create_data_export(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_dataexports_create_data_export_op;

/** Parameters of schematic_dataexports_get_data_export(). Zero-initialise, then set what you need. */
typedef struct schematic_dataexports_get_data_export_params {
    /**
     * data_export_id
     * Required.
     */
    char *data_export_id;
} schematic_dataexports_get_data_export_params;

/**
 * Get data export
 *
 * `GET /data-exports/{data_export_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: data_export_id
 * @param out receives the result on success (schematic_dataexports_get_data_export_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_dataexports_get_data_export(schematic_client *client,
                                                      const schematic_dataexports_get_data_export_params *params,
                                                      schematic_dataexports_get_data_export_response **out,
                                                      schematic_error *err);
/** Descriptor of schematic_dataexports_get_data_export(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_dataexports_get_data_export_op;

/** Parameters of schematic_dataexports_get_data_export_artifact(). Zero-initialise, then set what you need. */
typedef struct schematic_dataexports_get_data_export_artifact_params {
    /**
     * data_export_id
     * Required.
     */
    char *data_export_id;
} schematic_dataexports_get_data_export_artifact_params;

/**
 * Get data export artifact
 *
 * `GET /data-exports/{data_export_id}/artifact`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: data_export_id
 * @param out receives the result on success (free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_dataexports_get_data_export_artifact(schematic_client *client,
                                                               const schematic_dataexports_get_data_export_artifact_params *params,
                                                               char **out, schematic_error *err);
/** Descriptor of schematic_dataexports_get_data_export_artifact(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_dataexports_get_data_export_artifact_op;

#ifdef __cplusplus
}
#endif
#endif
