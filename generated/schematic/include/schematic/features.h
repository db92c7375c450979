/**
 * @file schematic/features.h
 * @brief Schematic: features operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_FEATURES_H
#define SCHEMATIC_FEATURES_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of schematic_features_list(). Zero-initialise, then set what you need. */
typedef struct schematic_features_list_params {
    bool has_boolean_require_event; /**< true when boolean_require_event is set */
    /**
     * Only return boolean features if there is an associated event. Automatically includes boolean in
     * the feature types filter.
     */
    bool boolean_require_event;
    bool has_feature_type; /**< true when feature_type is set */
    /** Filter by one or more feature types (boolean, event, trait) */
    schematic_feature_type_array feature_type;
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    bool has_managed_by; /**< true when managed_by is set */
    /** Filter for features managed by a billing provider, or by Schematic (no billing provider) */
    schematic_billing_provider_type_val managed_by;
    /**
     * Filter by plan version ID when used with without_plan_entitlement_for; if not provided, the
     * latest published version is used
     */
    char *plan_version_id;
    /** Search by feature name or ID */
    char *q;
    /** Filter out features that already have a company override for the specified company ID */
    char *without_company_override_for;
    /** Filter out features that already have a plan entitlement for the specified plan ID */
    char *without_plan_entitlement_for;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_features_list_params;

/**
 * List features
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /features`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_features_list_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_list(schematic_client *client, const schematic_features_list_params *params,
                                        schematic_features_list_response **out, schematic_error *err);
/** Descriptor of schematic_features_list(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_list_op;

/** Iteration over every item of schematic_features_list(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_features_list_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_features_list_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_features_list_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_features_list_iter_new(schematic_client *client, const schematic_features_list_params *params,
                                                 schematic_features_list_iter **out, schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_features_list_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_features_list_iter_next(schematic_features_list_iter *it,
                                                  const schematic_feature_detail_response_data **item,
                                                  schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_features_list_iter_free(schematic_features_list_iter *it);

/**
 * Create feature
 *
 * `POST /features`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_feature_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_features_create_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_create(schematic_client *client, const schematic_create_feature_request_body *body,
                                          schematic_features_create_response **out, schematic_error *err);
/** Descriptor of schematic_features_create(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_create_op;

/** Parameters of schematic_features_get(). Zero-initialise, then set what you need. */
typedef struct schematic_features_get_params {
    /**
     * feature_id
     * Required.
     */
    char *feature_id;
} schematic_features_get_params;

/**
 * Get feature
 *
 * `GET /features/{feature_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: feature_id
 * @param out receives the result on success (schematic_features_get_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_get(schematic_client *client, const schematic_features_get_params *params,
                                       schematic_features_get_response **out, schematic_error *err);
/** Descriptor of schematic_features_get(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_get_op;

/** Parameters of schematic_features_update(). Zero-initialise, then set what you need. */
typedef struct schematic_features_update_params {
    /**
     * feature_id
     * Required.
     */
    char *feature_id;
} schematic_features_update_params;

/**
 * Update feature
 *
 * `PUT /features/{feature_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: feature_id
 * @param body request body: schematic_update_feature_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_features_update_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_update(schematic_client *client, const schematic_features_update_params *params,
                                          const schematic_update_feature_request_body *body,
                                          schematic_features_update_response **out, schematic_error *err);
/** Descriptor of schematic_features_update(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_update_op;

/** Parameters of schematic_features_delete(). Zero-initialise, then set what you need. */
typedef struct schematic_features_delete_params {
    /**
     * feature_id
     * Required.
     */
    char *feature_id;
} schematic_features_delete_params;

/**
 * Delete feature
 *
 * `DELETE /features/{feature_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: feature_id
 * @param out receives the result on success (schematic_features_delete_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_delete(schematic_client *client, const schematic_features_delete_params *params,
                                          schematic_features_delete_response **out, schematic_error *err);
/** Descriptor of schematic_features_delete(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_delete_op;

/**
 * Upsert feature for billing product
 *
 * `POST /features/billing-linked`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_billing_linked_feature_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_features_upsert_for_billing_product_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_upsert_for_billing_product(schematic_client *client,
                                                              const schematic_create_billing_linked_feature_request_body *body,
                                                              schematic_features_upsert_for_billing_product_response **out,
                                                              schematic_error *err);
/** Descriptor of schematic_features_upsert_for_billing_product(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_upsert_for_billing_product_op;

/** Parameters of schematic_features_count(). Zero-initialise, then set what you need. */
typedef struct schematic_features_count_params {
    bool has_boolean_require_event; /**< true when boolean_require_event is set */
    /**
     * Only return boolean features if there is an associated event. Automatically includes boolean in
     * the feature types filter.
     */
    bool boolean_require_event;
    bool has_feature_type; /**< true when feature_type is set */
    /** Filter by one or more feature types (boolean, event, trait) */
    schematic_feature_type_array feature_type;
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    bool has_managed_by; /**< true when managed_by is set */
    /** Filter for features managed by a billing provider, or by Schematic (no billing provider) */
    schematic_billing_provider_type_val managed_by;
    /**
     * Filter by plan version ID when used with without_plan_entitlement_for; if not provided, the
     * latest published version is used
     */
    char *plan_version_id;
    /** Search by feature name or ID */
    char *q;
    /** Filter out features that already have a company override for the specified company ID */
    char *without_company_override_for;
    /** Filter out features that already have a plan entitlement for the specified plan ID */
    char *without_plan_entitlement_for;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_features_count_params;

/**
 * Count features
 *
 * `GET /features/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_features_count_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_count(schematic_client *client, const schematic_features_count_params *params,
                                         schematic_features_count_response **out, schematic_error *err);
/** Descriptor of schematic_features_count(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_count_op;

/** Parameters of schematic_features_list_flags(). Zero-initialise, then set what you need. */
typedef struct schematic_features_list_flags_params {
    /** The `feature_id` query parameter: a string. */
    char *feature_id;
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** Search by flag name, key, or ID */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_features_list_flags_params;

/**
 * List flags
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /flags`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_features_list_flags_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_list_flags(schematic_client *client,
                                              const schematic_features_list_flags_params *params,
                                              schematic_features_list_flags_response **out, schematic_error *err);
/** Descriptor of schematic_features_list_flags(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_list_flags_op;

/** Iteration over every item of schematic_features_list_flags(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_features_list_flags_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_features_list_flags_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_features_list_flags_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_features_list_flags_iter_new(schematic_client *client,
                                                       const schematic_features_list_flags_params *params,
                                                       schematic_features_list_flags_iter **out, schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_features_list_flags_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_features_list_flags_iter_next(schematic_features_list_flags_iter *it,
                                                        const schematic_flag_detail_response_data **item,
                                                        schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_features_list_flags_iter_free(schematic_features_list_flags_iter *it);

/**
 * Create flag
 *
 * `POST /flags`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_flag_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_features_create_flag_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_create_flag(schematic_client *client, const schematic_create_flag_request_body *body,
                                               schematic_features_create_flag_response **out, schematic_error *err);
/** Descriptor of schematic_features_create_flag(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_create_flag_op;

/** Parameters of schematic_features_get_flag(). Zero-initialise, then set what you need. */
typedef struct schematic_features_get_flag_params {
    /**
     * flag_id
     * Required.
     */
    char *flag_id;
} schematic_features_get_flag_params;

/**
 * Get flag
 *
 * `GET /flags/{flag_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: flag_id
 * @param out receives the result on success (schematic_features_get_flag_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_get_flag(schematic_client *client, const schematic_features_get_flag_params *params,
                                            schematic_features_get_flag_response **out, schematic_error *err);
/** Descriptor of schematic_features_get_flag(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_get_flag_op;

/** Parameters of schematic_features_update_flag(). Zero-initialise, then set what you need. */
typedef struct schematic_features_update_flag_params {
    /**
     * flag_id
     * Required.
     */
    char *flag_id;
} schematic_features_update_flag_params;

/**
 * Update flag
 *
 * `PUT /flags/{flag_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: flag_id
 * @param body request body: schematic_create_flag_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_features_update_flag_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_update_flag(schematic_client *client,
                                               const schematic_features_update_flag_params *params,
                                               const schematic_create_flag_request_body *body,
                                               schematic_features_update_flag_response **out, schematic_error *err);
/** Descriptor of schematic_features_update_flag(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_update_flag_op;

/** Parameters of schematic_features_delete_flag(). Zero-initialise, then set what you need. */
typedef struct schematic_features_delete_flag_params {
    /**
     * flag_id
     * Required.
     */
    char *flag_id;
} schematic_features_delete_flag_params;

/**
 * Delete flag
 *
 * `DELETE /flags/{flag_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: flag_id
 * @param out receives the result on success (schematic_features_delete_flag_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_delete_flag(schematic_client *client,
                                               const schematic_features_delete_flag_params *params,
                                               schematic_features_delete_flag_response **out, schematic_error *err);
/** Descriptor of schematic_features_delete_flag(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_delete_flag_op;

/** Parameters of schematic_features_update_flag_rules(). Zero-initialise, then set what you need. */
typedef struct schematic_features_update_flag_rules_params {
    /**
     * flag_id
     * Required.
     */
    char *flag_id;
} schematic_features_update_flag_rules_params;

/**
 * Update flag rules
 *
 * `PUT /flags/{flag_id}/rules`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: flag_id
 * @param body request body: schematic_update_flag_rules_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_features_update_flag_rules_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_update_flag_rules(schematic_client *client,
                                                     const schematic_features_update_flag_rules_params *params,
                                                     const schematic_update_flag_rules_request_body *body,
                                                     schematic_features_update_flag_rules_response **out,
                                                     schematic_error *err);
/** Descriptor of schematic_features_update_flag_rules(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_update_flag_rules_op;

/** Parameters of schematic_features_check_flag(). Zero-initialise, then set what you need. */
typedef struct schematic_features_check_flag_params {
    /**
     * key
     * Required.
     */
    char *key;
} schematic_features_check_flag_params;

/**
 * Check flag
 *
 * `POST /flags/{key}/check`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: key
 * @param body request body: schematic_check_flag_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_features_check_flag_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_check_flag(schematic_client *client,
                                              const schematic_features_check_flag_params *params,
                                              const schematic_check_flag_request_body *body,
                                              schematic_features_check_flag_response **out, schematic_error *err);
/** Descriptor of schematic_features_check_flag(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_check_flag_op;

/**
 * Check flags
 *
 * `POST /flags/check`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_check_flag_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_features_check_flags_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_check_flags(schematic_client *client, const schematic_check_flag_request_body *body,
                                               schematic_features_check_flags_response **out, schematic_error *err);
/** Descriptor of schematic_features_check_flags(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_check_flags_op;

/**
 * Check flags bulk
 *
 * `POST /flags/check-bulk`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_check_flags_bulk_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_features_check_flags_bulk_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_check_flags_bulk(schematic_client *client,
                                                    const schematic_check_flags_bulk_request_body *body,
                                                    schematic_features_check_flags_bulk_response **out,
                                                    schematic_error *err);
/** Descriptor of schematic_features_check_flags_bulk(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_check_flags_bulk_op;

/** Parameters of schematic_features_count_flags(). Zero-initialise, then set what you need. */
typedef struct schematic_features_count_flags_params {
    /** The `feature_id` query parameter: a string. */
    char *feature_id;
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** Search by flag name, key, or ID */
    char *q;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_features_count_flags_params;

/**
 * Count flags
 *
 * `GET /flags/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_features_count_flags_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_features_count_flags(schematic_client *client,
                                               const schematic_features_count_flags_params *params,
                                               schematic_features_count_flags_response **out, schematic_error *err);
/** Descriptor of schematic_features_count_flags(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_features_count_flags_op;

#ifdef __cplusplus
}
#endif
#endif
