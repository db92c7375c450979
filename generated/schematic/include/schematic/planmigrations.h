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

/**
 * Completion of schematic_planmigrations_list_company_migrations_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_planmigrations_list_company_migrations_async()
 * @param rc 0, or what schematic_planmigrations_list_company_migrations() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_planmigrations_list_company_migrations()'s out would
 * receive, owned by the callback (schematic_planmigrations_list_company_migrations_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_planmigrations_list_company_migrations() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_planmigrations_list_company_migrations_callback)(void *user_data, int rc,
                                                                          schematic_planmigrations_list_company_migrations_response *result,
                                                                          schematic_error *err);

/**
 * List company migrations
 *
 * Asynchronous form of schematic_planmigrations_list_company_migrations(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_planmigrations_list_company_migrations() would return; the result is the callback's to
 * free.
 *
 * `GET /plan-version-company-migrations`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_planmigrations_list_company_migrations(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_planmigrations_list_company_migrations_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_planmigrations_list_company_migrations() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_planmigrations_list_company_migrations()
 */
APIC_EXPORT int schematic_planmigrations_list_company_migrations_async(schematic_client *client,
                                                                       const schematic_planmigrations_list_company_migrations_params *params,
                                                                       schematic_planmigrations_list_company_migrations_callback callback,
                                                                       void *user_data, apic_async_call **call,
                                                                       schematic_error *err);

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

/**
 * Completion of schematic_planmigrations_retry_company_migration_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_planmigrations_retry_company_migration_async()
 * @param rc 0, or what schematic_planmigrations_retry_company_migration() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_planmigrations_retry_company_migration()'s out would
 * receive, owned by the callback (schematic_planmigrations_retry_company_migration_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_planmigrations_retry_company_migration() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_planmigrations_retry_company_migration_callback)(void *user_data, int rc,
                                                                          schematic_planmigrations_retry_company_migration_response *result,
                                                                          schematic_error *err);

/**
 * Retry company migration
 *
 * Asynchronous form of schematic_planmigrations_retry_company_migration(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_planmigrations_retry_company_migration() would return; the result is the callback's to
 * free.
 *
 * `POST /plan-version-company-migrations/{plan_version_company_migration_id}/retry`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_planmigrations_retry_company_migration(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_planmigrations_retry_company_migration_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_planmigrations_retry_company_migration() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_planmigrations_retry_company_migration()
 */
APIC_EXPORT int schematic_planmigrations_retry_company_migration_async(schematic_client *client,
                                                                       const schematic_planmigrations_retry_company_migration_params *params,
                                                                       schematic_planmigrations_retry_company_migration_callback callback,
                                                                       void *user_data, apic_async_call **call,
                                                                       schematic_error *err);

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

/**
 * Completion of schematic_planmigrations_count_company_migrations_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_planmigrations_count_company_migrations_async()
 * @param rc 0, or what schematic_planmigrations_count_company_migrations() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_planmigrations_count_company_migrations()'s out would
 * receive, owned by the callback
 * (schematic_planmigrations_count_company_migrations_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_planmigrations_count_company_migrations() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_planmigrations_count_company_migrations_callback)(void *user_data, int rc,
                                                                           schematic_planmigrations_count_company_migrations_response *result,
                                                                           schematic_error *err);

/**
 * Count company migrations
 *
 * Asynchronous form of schematic_planmigrations_count_company_migrations(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_planmigrations_count_company_migrations() would return; the result is the callback's
 * to free.
 *
 * `GET /plan-version-company-migrations/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_planmigrations_count_company_migrations(); read
 * before this returns
 * @param callback called with the outcome (see
 * schematic_planmigrations_count_company_migrations_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_planmigrations_count_company_migrations() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_planmigrations_count_company_migrations()
 */
APIC_EXPORT int schematic_planmigrations_count_company_migrations_async(schematic_client *client,
                                                                        const schematic_planmigrations_count_company_migrations_params *params,
                                                                        schematic_planmigrations_count_company_migrations_callback callback,
                                                                        void *user_data, apic_async_call **call,
                                                                        schematic_error *err);

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

/**
 * Completion of schematic_planmigrations_list_migrations_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_planmigrations_list_migrations_async()
 * @param rc 0, or what schematic_planmigrations_list_migrations() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_planmigrations_list_migrations()'s out would receive,
 * owned by the callback (schematic_planmigrations_list_migrations_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_planmigrations_list_migrations() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_planmigrations_list_migrations_callback)(void *user_data, int rc,
                                                                  schematic_planmigrations_list_migrations_response *result,
                                                                  schematic_error *err);

/**
 * List migrations
 *
 * Asynchronous form of schematic_planmigrations_list_migrations(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_planmigrations_list_migrations() would return; the result is the callback's to free.
 *
 * `GET /plan-version-migrations`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_planmigrations_list_migrations(); read before this
 * returns
 * @param callback called with the outcome (see schematic_planmigrations_list_migrations_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_planmigrations_list_migrations()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_planmigrations_list_migrations()
 */
APIC_EXPORT int schematic_planmigrations_list_migrations_async(schematic_client *client,
                                                               const schematic_planmigrations_list_migrations_params *params,
                                                               schematic_planmigrations_list_migrations_callback callback,
                                                               void *user_data, apic_async_call **call,
                                                               schematic_error *err);

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

/**
 * Completion of schematic_planmigrations_create_migration_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_planmigrations_create_migration_async()
 * @param rc 0, or what schematic_planmigrations_create_migration() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_planmigrations_create_migration()'s out would receive,
 * owned by the callback (schematic_planmigrations_create_migration_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_planmigrations_create_migration() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_planmigrations_create_migration_callback)(void *user_data, int rc,
                                                                   schematic_planmigrations_create_migration_response *result,
                                                                   schematic_error *err);

/**
 * Create migration
 *
 * Asynchronous form of schematic_planmigrations_create_migration(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_planmigrations_create_migration() would return; the result is the callback's to free.
 *
 * `POST /plan-version-migrations`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_planmigrations_create_migration(); read before this
 * returns
 * @param callback called with the outcome (see
 * schematic_planmigrations_create_migration_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_planmigrations_create_migration()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_planmigrations_create_migration()
 */
APIC_EXPORT int schematic_planmigrations_create_migration_async(schematic_client *client,
                                                                const schematic_create_migration_input *body,
                                                                schematic_planmigrations_create_migration_callback callback,
                                                                void *user_data, apic_async_call **call,
                                                                schematic_error *err);

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

/**
 * Completion of schematic_planmigrations_get_migration_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_planmigrations_get_migration_async()
 * @param rc 0, or what schematic_planmigrations_get_migration() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_planmigrations_get_migration()'s out would receive,
 * owned by the callback (schematic_planmigrations_get_migration_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_planmigrations_get_migration() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_planmigrations_get_migration_callback)(void *user_data, int rc,
                                                                schematic_planmigrations_get_migration_response *result,
                                                                schematic_error *err);

/**
 * Get migration
 *
 * Asynchronous form of schematic_planmigrations_get_migration(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_planmigrations_get_migration() would return; the result is the callback's to free.
 *
 * `GET /plan-version-migrations/{plan_version_migration_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_planmigrations_get_migration(); read before this
 * returns
 * @param callback called with the outcome (see schematic_planmigrations_get_migration_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_planmigrations_get_migration()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_planmigrations_get_migration()
 */
APIC_EXPORT int schematic_planmigrations_get_migration_async(schematic_client *client,
                                                             const schematic_planmigrations_get_migration_params *params,
                                                             schematic_planmigrations_get_migration_callback callback,
                                                             void *user_data, apic_async_call **call,
                                                             schematic_error *err);

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

/**
 * Completion of schematic_planmigrations_retry_migration_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_planmigrations_retry_migration_async()
 * @param rc 0, or what schematic_planmigrations_retry_migration() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_planmigrations_retry_migration()'s out would receive,
 * owned by the callback (schematic_planmigrations_retry_migration_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_planmigrations_retry_migration() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_planmigrations_retry_migration_callback)(void *user_data, int rc,
                                                                  schematic_planmigrations_retry_migration_response *result,
                                                                  schematic_error *err);

/**
 * Retry migration
 *
 * Asynchronous form of schematic_planmigrations_retry_migration(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_planmigrations_retry_migration() would return; the result is the callback's to free.
 *
 * `POST /plan-version-migrations/{plan_version_migration_id}/retry`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_planmigrations_retry_migration(); read before this
 * returns
 * @param body request body, as for schematic_planmigrations_retry_migration(); read before this
 * returns
 * @param callback called with the outcome (see schematic_planmigrations_retry_migration_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_planmigrations_retry_migration()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_planmigrations_retry_migration()
 */
APIC_EXPORT int schematic_planmigrations_retry_migration_async(schematic_client *client,
                                                               const schematic_planmigrations_retry_migration_params *params,
                                                               const schematic_retry_migration_request_body *body,
                                                               schematic_planmigrations_retry_migration_callback callback,
                                                               void *user_data, apic_async_call **call,
                                                               schematic_error *err);

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
 * Completion of schematic_planmigrations_count_migrations_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_planmigrations_count_migrations_async()
 * @param rc 0, or what schematic_planmigrations_count_migrations() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_planmigrations_count_migrations()'s out would receive,
 * owned by the callback (schematic_planmigrations_count_migrations_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_planmigrations_count_migrations() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_planmigrations_count_migrations_callback)(void *user_data, int rc,
                                                                   schematic_planmigrations_count_migrations_response *result,
                                                                   schematic_error *err);

/**
 * Count migrations
 *
 * Asynchronous form of schematic_planmigrations_count_migrations(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_planmigrations_count_migrations() would return; the result is the callback's to free.
 *
 * `GET /plan-version-migrations/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_planmigrations_count_migrations(); read before this
 * returns
 * @param callback called with the outcome (see
 * schematic_planmigrations_count_migrations_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_planmigrations_count_migrations()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_planmigrations_count_migrations()
 */
APIC_EXPORT int schematic_planmigrations_count_migrations_async(schematic_client *client,
                                                                const schematic_planmigrations_count_migrations_params *params,
                                                                schematic_planmigrations_count_migrations_callback callback,
                                                                void *user_data, apic_async_call **call,
                                                                schematic_error *err);

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

/**
 * Completion of schematic_planmigrations_preview_migration_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_planmigrations_preview_migration_async()
 * @param rc 0, or what schematic_planmigrations_preview_migration() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_planmigrations_preview_migration()'s out would receive,
 * owned by the callback (schematic_planmigrations_preview_migration_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_planmigrations_preview_migration() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_planmigrations_preview_migration_callback)(void *user_data, int rc,
                                                                    schematic_planmigrations_preview_migration_response *result,
                                                                    schematic_error *err);

/**
 * Preview migration
 *
 * Asynchronous form of schematic_planmigrations_preview_migration(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_planmigrations_preview_migration() would return; the result is the callback's to free.
 *
 * `POST /plan-version-migrations/preview`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_planmigrations_preview_migration(); read before this
 * returns
 * @param callback called with the outcome (see
 * schematic_planmigrations_preview_migration_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_planmigrations_preview_migration()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_planmigrations_preview_migration()
 */
APIC_EXPORT int schematic_planmigrations_preview_migration_async(schematic_client *client,
                                                                 const schematic_preview_migration_request_body *body,
                                                                 schematic_planmigrations_preview_migration_callback callback,
                                                                 void *user_data, apic_async_call **call,
                                                                 schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
