/**
 * @file schematic/planmigrations.h
 * @brief Schematic: planmigrations operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_PLANMIGRATIONS_H
#define SCHEMATIC_PLANMIGRATIONS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of schematic_planmigrations_list_company_migrations(). Zero-initialise, then set what you need. */
typedef struct schematic_planmigrations_list_company_migrations_params {
    /**
     * The `migration_id` query parameter: a string.
     * Required.
     */
    char *migration_id;
    /** Maximum length: 512. */
    char *q;
    bool has_status; /**< true when status is set */
    /** The `status` query parameter: one of the values of schematic_plan_version_company_migration_status (stored as schematic_plan_version_company_migration_status_val). */
    schematic_plan_version_company_migration_status_val status;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_planmigrations_list_company_migrations_params;

/**
 * List company migrations
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /plan-version-company-migrations`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: migration_id
 * @param out receives the result on success (schematic_planmigrations_list_company_migrations_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_planmigrations_list_company_migrations(schematic_client *client,
                                                                 const schematic_planmigrations_list_company_migrations_params *params,
                                                                 schematic_planmigrations_list_company_migrations_response **out,
                                                                 schematic_error *err);
/** Descriptor of schematic_planmigrations_list_company_migrations(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_planmigrations_list_company_migrations_op;

/** Iteration over every item of schematic_planmigrations_list_company_migrations(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_planmigrations_list_company_migrations_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_planmigrations_list_company_migrations_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_planmigrations_list_company_migrations_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_planmigrations_list_company_migrations_iter_new(schematic_client *client,
                                                                          const schematic_planmigrations_list_company_migrations_params *params,
                                                                          schematic_planmigrations_list_company_migrations_iter **out,
                                                                          schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_planmigrations_list_company_migrations_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_planmigrations_list_company_migrations_iter_next(schematic_planmigrations_list_company_migrations_iter *it,
                                                                           const schematic_plan_version_company_migration_response_data **item,
                                                                           schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_planmigrations_list_company_migrations_iter_free(schematic_planmigrations_list_company_migrations_iter *it);

/** Parameters of schematic_planmigrations_retry_company_migration(). Zero-initialise, then set what you need. */
typedef struct schematic_planmigrations_retry_company_migration_params {
    /**
     * plan_version_company_migration_id
     * Required.
     */
    char *plan_version_company_migration_id;
} schematic_planmigrations_retry_company_migration_params;

/**
 * Retry company migration
 *
 * `POST /plan-version-company-migrations/{plan_version_company_migration_id}/retry`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_version_company_migration_id
 * @param out receives the result on success (schematic_planmigrations_retry_company_migration_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_planmigrations_retry_company_migration(schematic_client *client,
                                                                 const schematic_planmigrations_retry_company_migration_params *params,
                                                                 schematic_planmigrations_retry_company_migration_response **out,
                                                                 schematic_error *err);
/** Descriptor of schematic_planmigrations_retry_company_migration(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_planmigrations_retry_company_migration_op;

/** Parameters of schematic_planmigrations_count_company_migrations(). Zero-initialise, then set what you need. */
typedef struct schematic_planmigrations_count_company_migrations_params {
    /**
     * The `migration_id` query parameter: a string.
     * Required.
     */
    char *migration_id;
    /** Maximum length: 512. */
    char *q;
    bool has_status; /**< true when status is set */
    /** The `status` query parameter: one of the values of schematic_plan_version_company_migration_status (stored as schematic_plan_version_company_migration_status_val). */
    schematic_plan_version_company_migration_status_val status;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_planmigrations_count_company_migrations_params;

/**
 * Count company migrations
 *
 * `GET /plan-version-company-migrations/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: migration_id
 * @param out receives the result on success (schematic_planmigrations_count_company_migrations_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_planmigrations_count_company_migrations(schematic_client *client,
                                                                  const schematic_planmigrations_count_company_migrations_params *params,
                                                                  schematic_planmigrations_count_company_migrations_response **out,
                                                                  schematic_error *err);
/** Descriptor of schematic_planmigrations_count_company_migrations(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_planmigrations_count_company_migrations_op;

/** Parameters of schematic_planmigrations_list_migrations(). Zero-initialise, then set what you need. */
typedef struct schematic_planmigrations_list_migrations_params {
    /**
     * The `plan_version_id` query parameter: a string.
     * Required.
     */
    char *plan_version_id;
    bool has_status; /**< true when status is set */
    /** The `status` query parameter: one of the values of schematic_plan_version_migration_status (stored as schematic_plan_version_migration_status_val). */
    schematic_plan_version_migration_status_val status;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_planmigrations_list_migrations_params;

/**
 * List migrations
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /plan-version-migrations`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_version_id
 * @param out receives the result on success (schematic_planmigrations_list_migrations_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_planmigrations_list_migrations(schematic_client *client,
                                                         const schematic_planmigrations_list_migrations_params *params,
                                                         schematic_planmigrations_list_migrations_response **out,
                                                         schematic_error *err);
/** Descriptor of schematic_planmigrations_list_migrations(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_planmigrations_list_migrations_op;

/** Iteration over every item of schematic_planmigrations_list_migrations(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_planmigrations_list_migrations_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_planmigrations_list_migrations_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_planmigrations_list_migrations_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_planmigrations_list_migrations_iter_new(schematic_client *client,
                                                                  const schematic_planmigrations_list_migrations_params *params,
                                                                  schematic_planmigrations_list_migrations_iter **out,
                                                                  schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_planmigrations_list_migrations_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_planmigrations_list_migrations_iter_next(schematic_planmigrations_list_migrations_iter *it,
                                                                   const schematic_plan_version_migration_response_data **item,
                                                                   schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_planmigrations_list_migrations_iter_free(schematic_planmigrations_list_migrations_iter *it);

/**
 * Create migration
 *
 * `POST /plan-version-migrations`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_migration_input, sent as JSON; required
 * @param out receives the result on success (schematic_planmigrations_create_migration_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_planmigrations_create_migration(schematic_client *client,
                                                          const schematic_create_migration_input *body,
                                                          schematic_planmigrations_create_migration_response **out,
                                                          schematic_error *err);
/** Descriptor of schematic_planmigrations_create_migration(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_planmigrations_create_migration_op;

/** Parameters of schematic_planmigrations_get_migration(). Zero-initialise, then set what you need. */
typedef struct schematic_planmigrations_get_migration_params {
    /**
     * plan_version_migration_id
     * Required.
     */
    char *plan_version_migration_id;
} schematic_planmigrations_get_migration_params;

/**
 * Get migration
 *
 * `GET /plan-version-migrations/{plan_version_migration_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_version_migration_id
 * @param out receives the result on success (schematic_planmigrations_get_migration_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_planmigrations_get_migration(schematic_client *client,
                                                       const schematic_planmigrations_get_migration_params *params,
                                                       schematic_planmigrations_get_migration_response **out,
                                                       schematic_error *err);
/** Descriptor of schematic_planmigrations_get_migration(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_planmigrations_get_migration_op;

/** Parameters of schematic_planmigrations_retry_migration(). Zero-initialise, then set what you need. */
typedef struct schematic_planmigrations_retry_migration_params {
    /**
     * plan_version_migration_id
     * Required.
     */
    char *plan_version_migration_id;
} schematic_planmigrations_retry_migration_params;

/**
 * Retry migration
 *
 * `POST /plan-version-migrations/{plan_version_migration_id}/retry`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_version_migration_id
 * @param body request body: schematic_retry_migration_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_planmigrations_retry_migration_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_planmigrations_retry_migration(schematic_client *client,
                                                         const schematic_planmigrations_retry_migration_params *params,
                                                         const schematic_retry_migration_request_body *body,
                                                         schematic_planmigrations_retry_migration_response **out,
                                                         schematic_error *err);
/** Descriptor of schematic_planmigrations_retry_migration(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_planmigrations_retry_migration_op;

/** Parameters of schematic_planmigrations_count_migrations(). Zero-initialise, then set what you need. */
typedef struct schematic_planmigrations_count_migrations_params {
    /**
     * The `plan_version_id` query parameter: a string.
     * Required.
     */
    char *plan_version_id;
    bool has_status; /**< true when status is set */
    /** The `status` query parameter: one of the values of schematic_plan_version_migration_status (stored as schematic_plan_version_migration_status_val). */
    schematic_plan_version_migration_status_val status;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_planmigrations_count_migrations_params;

/**
 * Count migrations
 *
 * `GET /plan-version-migrations/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: plan_version_id
 * @param out receives the result on success (schematic_planmigrations_count_migrations_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_planmigrations_count_migrations(schematic_client *client,
                                                          const schematic_planmigrations_count_migrations_params *params,
                                                          schematic_planmigrations_count_migrations_response **out,
                                                          schematic_error *err);
/** Descriptor of schematic_planmigrations_count_migrations(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_planmigrations_count_migrations_op;

/**
 * Preview migration
 *
 * `POST /plan-version-migrations/preview`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_preview_migration_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_planmigrations_preview_migration_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_planmigrations_preview_migration(schematic_client *client,
                                                           const schematic_preview_migration_request_body *body,
                                                           schematic_planmigrations_preview_migration_response **out,
                                                           schematic_error *err);
/** Descriptor of schematic_planmigrations_preview_migration(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_planmigrations_preview_migration_op;

#ifdef __cplusplus
}
#endif
#endif
