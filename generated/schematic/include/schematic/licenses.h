/**
 * @file schematic/licenses.h
 * @brief Schematic: licenses operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_LICENSES_H
#define SCHEMATIC_LICENSES_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of schematic_licenses_list(). Zero-initialise, then set what you need. */
typedef struct schematic_licenses_list_params {
    bool has_feature_ids; /**< true when feature_ids is set */
    /** Maximum items: 100. */
    apic_string_array feature_ids;
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** Maximum length: 255. */
    char *name;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_licenses_list_params;

/**
 * List licenses
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /licenses`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_licenses_list_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_licenses_list(schematic_client *client, const schematic_licenses_list_params *params,
                                        schematic_licenses_list_response **out, schematic_error *err);
/** Descriptor of schematic_licenses_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_licenses_list_op;

/** Iteration over every item of schematic_licenses_list(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_licenses_list_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_licenses_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_licenses_list_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_licenses_list_iter_new(schematic_client *client, const schematic_licenses_list_params *params,
                                                 schematic_licenses_list_iter **out, schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_licenses_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_licenses_list_iter_next(schematic_licenses_list_iter *it,
                                                  const schematic_license_response_data **item, schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_licenses_list_iter_free(schematic_licenses_list_iter *it);

/** Parameters of schematic_licenses_get_single(). Zero-initialise, then set what you need. */
typedef struct schematic_licenses_get_single_params {
    /**
     * license_id
     * Required.
     */
    char *license_id;
} schematic_licenses_get_single_params;

/**
 * Get single license
 *
 * `GET /licenses/{license_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: license_id
 * @param out receives the result on success (schematic_licenses_get_single_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_licenses_get_single(schematic_client *client,
                                              const schematic_licenses_get_single_params *params,
                                              schematic_licenses_get_single_response **out, schematic_error *err);
/** Descriptor of schematic_licenses_get_single(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_licenses_get_single_op;

/** Parameters of schematic_licenses_count(). Zero-initialise, then set what you need. */
typedef struct schematic_licenses_count_params {
    bool has_feature_ids; /**< true when feature_ids is set */
    /** Maximum items: 100. */
    apic_string_array feature_ids;
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** Maximum length: 255. */
    char *name;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_licenses_count_params;

/**
 * Count licenses
 *
 * `GET /licenses/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_licenses_count_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_licenses_count(schematic_client *client, const schematic_licenses_count_params *params,
                                         schematic_licenses_count_response **out, schematic_error *err);
/** Descriptor of schematic_licenses_count(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_licenses_count_op;

#ifdef __cplusplus
}
#endif
#endif
