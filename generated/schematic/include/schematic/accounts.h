/**
 * @file schematic/accounts.h
 * @brief Schematic: accounts operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_ACCOUNTS_H
#define SCHEMATIC_ACCOUNTS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of schematic_accounts_list_members(). Zero-initialise, then set what you need. */
typedef struct schematic_accounts_list_members_params {
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** Search filter */
    char *q;
    bool has_role; /**< true when role is set */
    /** Filter by member role */
    schematic_account_member_role_val role;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_accounts_list_members_params;

/**
 * List account members
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /account-members`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_accounts_list_members_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_accounts_list_members(schematic_client *client,
                                                const schematic_accounts_list_members_params *params,
                                                schematic_accounts_list_members_response **out, schematic_error *err);
/** Descriptor of schematic_accounts_list_members(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_accounts_list_members_op;

/**
 * Completion of schematic_accounts_list_members_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_accounts_list_members_async()
 * @param rc 0, or what schematic_accounts_list_members() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_accounts_list_members()'s out would receive, owned by
 * the callback (schematic_accounts_list_members_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_accounts_list_members() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_accounts_list_members_callback)(void *user_data, int rc,
                                                         schematic_accounts_list_members_response *result,
                                                         schematic_error *err);

/**
 * List account members
 *
 * Asynchronous form of schematic_accounts_list_members(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_accounts_list_members() would return; the result is the callback's to free.
 *
 * `GET /account-members`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_accounts_list_members(); read before this returns
 * @param callback called with the outcome (see schematic_accounts_list_members_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_accounts_list_members() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_accounts_list_members()
 */
APIC_EXPORT int schematic_accounts_list_members_async(schematic_client *client,
                                                      const schematic_accounts_list_members_params *params,
                                                      schematic_accounts_list_members_callback callback,
                                                      void *user_data, apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_accounts_list_members(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_accounts_list_members_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_accounts_list_members_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_accounts_list_members_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_accounts_list_members_iter_new(schematic_client *client,
                                                         const schematic_accounts_list_members_params *params,
                                                         schematic_accounts_list_members_iter **out,
                                                         schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_accounts_list_members_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_accounts_list_members_iter_next(schematic_accounts_list_members_iter *it,
                                                          const schematic_account_member_response_data **item,
                                                          schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_accounts_list_members_iter_free(schematic_accounts_list_members_iter *it);

/** Parameters of schematic_accounts_get_member(). Zero-initialise, then set what you need. */
typedef struct schematic_accounts_get_member_params {
    /**
     * account_member_id
     * Required.
     */
    char *account_member_id;
} schematic_accounts_get_member_params;

/**
 * Get account member
 *
 * `GET /account-members/{account_member_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: account_member_id
 * @param out receives the result on success (schematic_accounts_get_member_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_accounts_get_member(schematic_client *client,
                                              const schematic_accounts_get_member_params *params,
                                              schematic_accounts_get_member_response **out, schematic_error *err);
/** Descriptor of schematic_accounts_get_member(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_accounts_get_member_op;

/**
 * Completion of schematic_accounts_get_member_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_accounts_get_member_async()
 * @param rc 0, or what schematic_accounts_get_member() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_accounts_get_member()'s out would receive, owned by the
 * callback (schematic_accounts_get_member_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_accounts_get_member() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_accounts_get_member_callback)(void *user_data, int rc,
                                                       schematic_accounts_get_member_response *result,
                                                       schematic_error *err);

/**
 * Get account member
 *
 * Asynchronous form of schematic_accounts_get_member(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what schematic_accounts_get_member()
 * would return; the result is the callback's to free.
 *
 * `GET /account-members/{account_member_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_accounts_get_member(); read before this returns
 * @param callback called with the outcome (see schematic_accounts_get_member_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_accounts_get_member() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_accounts_get_member()
 */
APIC_EXPORT int schematic_accounts_get_member_async(schematic_client *client,
                                                    const schematic_accounts_get_member_params *params,
                                                    schematic_accounts_get_member_callback callback, void *user_data,
                                                    apic_async_call **call, schematic_error *err);

/** Parameters of schematic_accounts_count_members(). Zero-initialise, then set what you need. */
typedef struct schematic_accounts_count_members_params {
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    /** Search filter */
    char *q;
    bool has_role; /**< true when role is set */
    /** Filter by member role */
    schematic_account_member_role_val role;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_accounts_count_members_params;

/**
 * Count account members
 *
 * `GET /account-members/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_accounts_count_members_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_accounts_count_members(schematic_client *client,
                                                 const schematic_accounts_count_members_params *params,
                                                 schematic_accounts_count_members_response **out, schematic_error *err);
/** Descriptor of schematic_accounts_count_members(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_accounts_count_members_op;

/**
 * Completion of schematic_accounts_count_members_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_accounts_count_members_async()
 * @param rc 0, or what schematic_accounts_count_members() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_accounts_count_members()'s out would receive, owned by
 * the callback (schematic_accounts_count_members_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_accounts_count_members() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_accounts_count_members_callback)(void *user_data, int rc,
                                                          schematic_accounts_count_members_response *result,
                                                          schematic_error *err);

/**
 * Count account members
 *
 * Asynchronous form of schematic_accounts_count_members(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_accounts_count_members() would return; the result is the callback's to free.
 *
 * `GET /account-members/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_accounts_count_members(); read before this returns
 * @param callback called with the outcome (see schematic_accounts_count_members_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_accounts_count_members() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_accounts_count_members()
 */
APIC_EXPORT int schematic_accounts_count_members_async(schematic_client *client,
                                                       const schematic_accounts_count_members_params *params,
                                                       schematic_accounts_count_members_callback callback,
                                                       void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_accounts_list_api_keys(). Zero-initialise, then set what you need. */
typedef struct schematic_accounts_list_api_keys_params {
    /** The `environment_id` query parameter: a string. */
    char *environment_id;
    /**
     * The `require_environment` query parameter: true or false.
     * Required.
     */
    bool require_environment;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_accounts_list_api_keys_params;

/**
 * List api keys
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /api-keys`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: require_environment
 * @param out receives the result on success (schematic_accounts_list_api_keys_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_accounts_list_api_keys(schematic_client *client,
                                                 const schematic_accounts_list_api_keys_params *params,
                                                 schematic_accounts_list_api_keys_response **out, schematic_error *err);
/** Descriptor of schematic_accounts_list_api_keys(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_accounts_list_api_keys_op;

/**
 * Completion of schematic_accounts_list_api_keys_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_accounts_list_api_keys_async()
 * @param rc 0, or what schematic_accounts_list_api_keys() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_accounts_list_api_keys()'s out would receive, owned by
 * the callback (schematic_accounts_list_api_keys_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_accounts_list_api_keys() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_accounts_list_api_keys_callback)(void *user_data, int rc,
                                                          schematic_accounts_list_api_keys_response *result,
                                                          schematic_error *err);

/**
 * List api keys
 *
 * Asynchronous form of schematic_accounts_list_api_keys(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_accounts_list_api_keys() would return; the result is the callback's to free.
 *
 * `GET /api-keys`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_accounts_list_api_keys(); read before this returns
 * @param callback called with the outcome (see schematic_accounts_list_api_keys_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_accounts_list_api_keys() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_accounts_list_api_keys()
 */
APIC_EXPORT int schematic_accounts_list_api_keys_async(schematic_client *client,
                                                       const schematic_accounts_list_api_keys_params *params,
                                                       schematic_accounts_list_api_keys_callback callback,
                                                       void *user_data, apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_accounts_list_api_keys(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_accounts_list_api_keys_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_accounts_list_api_keys_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_accounts_list_api_keys_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_accounts_list_api_keys_iter_new(schematic_client *client,
                                                          const schematic_accounts_list_api_keys_params *params,
                                                          schematic_accounts_list_api_keys_iter **out,
                                                          schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_accounts_list_api_keys_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_accounts_list_api_keys_iter_next(schematic_accounts_list_api_keys_iter *it,
                                                           const schematic_api_key_response_data **item,
                                                           schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_accounts_list_api_keys_iter_free(schematic_accounts_list_api_keys_iter *it);

/**
 * Create api key
 *
 * `POST /api-keys`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_api_key_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_accounts_create_api_key_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_accounts_create_api_key(schematic_client *client,
                                                  const schematic_create_api_key_request_body *body,
                                                  schematic_accounts_create_api_key_response **out,
                                                  schematic_error *err);
/** Descriptor of schematic_accounts_create_api_key(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_accounts_create_api_key_op;

/**
 * Completion of schematic_accounts_create_api_key_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_accounts_create_api_key_async()
 * @param rc 0, or what schematic_accounts_create_api_key() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_accounts_create_api_key()'s out would receive, owned by
 * the callback (schematic_accounts_create_api_key_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_accounts_create_api_key() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_accounts_create_api_key_callback)(void *user_data, int rc,
                                                           schematic_accounts_create_api_key_response *result,
                                                           schematic_error *err);

/**
 * Create api key
 *
 * Asynchronous form of schematic_accounts_create_api_key(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_accounts_create_api_key() would return; the result is the callback's to free.
 *
 * `POST /api-keys`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_accounts_create_api_key(); read before this returns
 * @param callback called with the outcome (see schematic_accounts_create_api_key_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_accounts_create_api_key() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_accounts_create_api_key()
 */
APIC_EXPORT int schematic_accounts_create_api_key_async(schematic_client *client,
                                                        const schematic_create_api_key_request_body *body,
                                                        schematic_accounts_create_api_key_callback callback,
                                                        void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_accounts_get_api_key(). Zero-initialise, then set what you need. */
typedef struct schematic_accounts_get_api_key_params {
    /**
     * api_key_id
     * Required.
     */
    char *api_key_id;
} schematic_accounts_get_api_key_params;

/**
 * Get api key
 *
 * `GET /api-keys/{api_key_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: api_key_id
 * @param out receives the result on success (schematic_accounts_get_api_key_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_accounts_get_api_key(schematic_client *client,
                                               const schematic_accounts_get_api_key_params *params,
                                               schematic_accounts_get_api_key_response **out, schematic_error *err);
/** Descriptor of schematic_accounts_get_api_key(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_accounts_get_api_key_op;

/**
 * Completion of schematic_accounts_get_api_key_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_accounts_get_api_key_async()
 * @param rc 0, or what schematic_accounts_get_api_key() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_accounts_get_api_key()'s out would receive, owned by the
 * callback (schematic_accounts_get_api_key_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_accounts_get_api_key() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_accounts_get_api_key_callback)(void *user_data, int rc,
                                                        schematic_accounts_get_api_key_response *result,
                                                        schematic_error *err);

/**
 * Get api key
 *
 * Asynchronous form of schematic_accounts_get_api_key(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_accounts_get_api_key() would return; the result is the callback's to free.
 *
 * `GET /api-keys/{api_key_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_accounts_get_api_key(); read before this returns
 * @param callback called with the outcome (see schematic_accounts_get_api_key_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_accounts_get_api_key() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_accounts_get_api_key()
 */
APIC_EXPORT int schematic_accounts_get_api_key_async(schematic_client *client,
                                                     const schematic_accounts_get_api_key_params *params,
                                                     schematic_accounts_get_api_key_callback callback, void *user_data,
                                                     apic_async_call **call, schematic_error *err);

/** Parameters of schematic_accounts_update_api_key(). Zero-initialise, then set what you need. */
typedef struct schematic_accounts_update_api_key_params {
    /**
     * api_key_id
     * Required.
     */
    char *api_key_id;
} schematic_accounts_update_api_key_params;

/**
 * Update api key
 *
 * `PUT /api-keys/{api_key_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: api_key_id
 * @param body request body: schematic_update_api_key_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_accounts_update_api_key_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_accounts_update_api_key(schematic_client *client,
                                                  const schematic_accounts_update_api_key_params *params,
                                                  const schematic_update_api_key_request_body *body,
                                                  schematic_accounts_update_api_key_response **out,
                                                  schematic_error *err);
/** Descriptor of schematic_accounts_update_api_key(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_accounts_update_api_key_op;

/**
 * Completion of schematic_accounts_update_api_key_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_accounts_update_api_key_async()
 * @param rc 0, or what schematic_accounts_update_api_key() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_accounts_update_api_key()'s out would receive, owned by
 * the callback (schematic_accounts_update_api_key_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_accounts_update_api_key() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_accounts_update_api_key_callback)(void *user_data, int rc,
                                                           schematic_accounts_update_api_key_response *result,
                                                           schematic_error *err);

/**
 * Update api key
 *
 * Asynchronous form of schematic_accounts_update_api_key(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_accounts_update_api_key() would return; the result is the callback's to free.
 *
 * `PUT /api-keys/{api_key_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_accounts_update_api_key(); read before this returns
 * @param body request body, as for schematic_accounts_update_api_key(); read before this returns
 * @param callback called with the outcome (see schematic_accounts_update_api_key_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_accounts_update_api_key() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_accounts_update_api_key()
 */
APIC_EXPORT int schematic_accounts_update_api_key_async(schematic_client *client,
                                                        const schematic_accounts_update_api_key_params *params,
                                                        const schematic_update_api_key_request_body *body,
                                                        schematic_accounts_update_api_key_callback callback,
                                                        void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_accounts_delete_api_key(). Zero-initialise, then set what you need. */
typedef struct schematic_accounts_delete_api_key_params {
    /**
     * api_key_id
     * Required.
     */
    char *api_key_id;
} schematic_accounts_delete_api_key_params;

/**
 * Delete api key
 *
 * `DELETE /api-keys/{api_key_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: api_key_id
 * @param out receives the result on success (schematic_accounts_delete_api_key_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_accounts_delete_api_key(schematic_client *client,
                                                  const schematic_accounts_delete_api_key_params *params,
                                                  schematic_accounts_delete_api_key_response **out,
                                                  schematic_error *err);
/** Descriptor of schematic_accounts_delete_api_key(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_accounts_delete_api_key_op;

/**
 * Completion of schematic_accounts_delete_api_key_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_accounts_delete_api_key_async()
 * @param rc 0, or what schematic_accounts_delete_api_key() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_accounts_delete_api_key()'s out would receive, owned by
 * the callback (schematic_accounts_delete_api_key_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_accounts_delete_api_key() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_accounts_delete_api_key_callback)(void *user_data, int rc,
                                                           schematic_accounts_delete_api_key_response *result,
                                                           schematic_error *err);

/**
 * Delete api key
 *
 * Asynchronous form of schematic_accounts_delete_api_key(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_accounts_delete_api_key() would return; the result is the callback's to free.
 *
 * `DELETE /api-keys/{api_key_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_accounts_delete_api_key(); read before this returns
 * @param callback called with the outcome (see schematic_accounts_delete_api_key_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_accounts_delete_api_key() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_accounts_delete_api_key()
 */
APIC_EXPORT int schematic_accounts_delete_api_key_async(schematic_client *client,
                                                        const schematic_accounts_delete_api_key_params *params,
                                                        schematic_accounts_delete_api_key_callback callback,
                                                        void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_accounts_count_api_keys(). Zero-initialise, then set what you need. */
typedef struct schematic_accounts_count_api_keys_params {
    /** The `environment_id` query parameter: a string. */
    char *environment_id;
    /**
     * The `require_environment` query parameter: true or false.
     * Required.
     */
    bool require_environment;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_accounts_count_api_keys_params;

/**
 * Count api keys
 *
 * `GET /api-keys/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: require_environment
 * @param out receives the result on success (schematic_accounts_count_api_keys_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_accounts_count_api_keys(schematic_client *client,
                                                  const schematic_accounts_count_api_keys_params *params,
                                                  schematic_accounts_count_api_keys_response **out,
                                                  schematic_error *err);
/** Descriptor of schematic_accounts_count_api_keys(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_accounts_count_api_keys_op;

/**
 * Completion of schematic_accounts_count_api_keys_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_accounts_count_api_keys_async()
 * @param rc 0, or what schematic_accounts_count_api_keys() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_accounts_count_api_keys()'s out would receive, owned by
 * the callback (schematic_accounts_count_api_keys_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_accounts_count_api_keys() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_accounts_count_api_keys_callback)(void *user_data, int rc,
                                                           schematic_accounts_count_api_keys_response *result,
                                                           schematic_error *err);

/**
 * Count api keys
 *
 * Asynchronous form of schematic_accounts_count_api_keys(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_accounts_count_api_keys() would return; the result is the callback's to free.
 *
 * `GET /api-keys/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_accounts_count_api_keys(); read before this returns
 * @param callback called with the outcome (see schematic_accounts_count_api_keys_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_accounts_count_api_keys() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_accounts_count_api_keys()
 */
APIC_EXPORT int schematic_accounts_count_api_keys_async(schematic_client *client,
                                                        const schematic_accounts_count_api_keys_params *params,
                                                        schematic_accounts_count_api_keys_callback callback,
                                                        void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_accounts_list_audit_logs(). Zero-initialise, then set what you need. */
typedef struct schematic_accounts_list_audit_logs_params {
    bool has_actor_type; /**< true when actor_type is set */
    /** The `actor_type` query parameter: one of the values of schematic_actor_type (stored as schematic_actor_type_val). */
    schematic_actor_type_val actor_type;
    /** Format: date-time. */
    char *end_time;
    /** The `environment_id` query parameter: a string. */
    char *environment_id;
    /** Maximum length: 512. */
    char *q;
    /** Format: date-time. */
    char *start_time;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_accounts_list_audit_logs_params;

/**
 * List audit logs
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /audit-log`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_accounts_list_audit_logs_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_accounts_list_audit_logs(schematic_client *client,
                                                   const schematic_accounts_list_audit_logs_params *params,
                                                   schematic_accounts_list_audit_logs_response **out,
                                                   schematic_error *err);
/** Descriptor of schematic_accounts_list_audit_logs(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_accounts_list_audit_logs_op;

/**
 * Completion of schematic_accounts_list_audit_logs_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_accounts_list_audit_logs_async()
 * @param rc 0, or what schematic_accounts_list_audit_logs() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_accounts_list_audit_logs()'s out would receive, owned by
 * the callback (schematic_accounts_list_audit_logs_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_accounts_list_audit_logs() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_accounts_list_audit_logs_callback)(void *user_data, int rc,
                                                            schematic_accounts_list_audit_logs_response *result,
                                                            schematic_error *err);

/**
 * List audit logs
 *
 * Asynchronous form of schematic_accounts_list_audit_logs(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_accounts_list_audit_logs() would return; the result is the callback's to free.
 *
 * `GET /audit-log`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_accounts_list_audit_logs(); read before this returns
 * @param callback called with the outcome (see schematic_accounts_list_audit_logs_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_accounts_list_audit_logs() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_accounts_list_audit_logs()
 */
APIC_EXPORT int schematic_accounts_list_audit_logs_async(schematic_client *client,
                                                         const schematic_accounts_list_audit_logs_params *params,
                                                         schematic_accounts_list_audit_logs_callback callback,
                                                         void *user_data, apic_async_call **call, schematic_error *err);

/** Iteration over every item of schematic_accounts_list_audit_logs(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_accounts_list_audit_logs_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_accounts_list_audit_logs_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_accounts_list_audit_logs_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_accounts_list_audit_logs_iter_new(schematic_client *client,
                                                            const schematic_accounts_list_audit_logs_params *params,
                                                            schematic_accounts_list_audit_logs_iter **out,
                                                            schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_accounts_list_audit_logs_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_accounts_list_audit_logs_iter_next(schematic_accounts_list_audit_logs_iter *it,
                                                             const schematic_audit_log_list_response_data **item,
                                                             schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_accounts_list_audit_logs_iter_free(schematic_accounts_list_audit_logs_iter *it);

/** Parameters of schematic_accounts_get_audit_log(). Zero-initialise, then set what you need. */
typedef struct schematic_accounts_get_audit_log_params {
    /**
     * audit_log_id
     * Required.
     */
    char *audit_log_id;
} schematic_accounts_get_audit_log_params;

/**
 * Get audit log
 *
 * `GET /audit-log/{audit_log_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: audit_log_id
 * @param out receives the result on success (schematic_accounts_get_audit_log_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_accounts_get_audit_log(schematic_client *client,
                                                 const schematic_accounts_get_audit_log_params *params,
                                                 schematic_accounts_get_audit_log_response **out, schematic_error *err);
/** Descriptor of schematic_accounts_get_audit_log(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_accounts_get_audit_log_op;

/**
 * Completion of schematic_accounts_get_audit_log_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_accounts_get_audit_log_async()
 * @param rc 0, or what schematic_accounts_get_audit_log() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_accounts_get_audit_log()'s out would receive, owned by
 * the callback (schematic_accounts_get_audit_log_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_accounts_get_audit_log() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_accounts_get_audit_log_callback)(void *user_data, int rc,
                                                          schematic_accounts_get_audit_log_response *result,
                                                          schematic_error *err);

/**
 * Get audit log
 *
 * Asynchronous form of schematic_accounts_get_audit_log(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_accounts_get_audit_log() would return; the result is the callback's to free.
 *
 * `GET /audit-log/{audit_log_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_accounts_get_audit_log(); read before this returns
 * @param callback called with the outcome (see schematic_accounts_get_audit_log_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_accounts_get_audit_log() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_accounts_get_audit_log()
 */
APIC_EXPORT int schematic_accounts_get_audit_log_async(schematic_client *client,
                                                       const schematic_accounts_get_audit_log_params *params,
                                                       schematic_accounts_get_audit_log_callback callback,
                                                       void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_accounts_count_audit_logs(). Zero-initialise, then set what you need. */
typedef struct schematic_accounts_count_audit_logs_params {
    bool has_actor_type; /**< true when actor_type is set */
    /** The `actor_type` query parameter: one of the values of schematic_actor_type (stored as schematic_actor_type_val). */
    schematic_actor_type_val actor_type;
    /** Format: date-time. */
    char *end_time;
    /** The `environment_id` query parameter: a string. */
    char *environment_id;
    /** Maximum length: 512. */
    char *q;
    /** Format: date-time. */
    char *start_time;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_accounts_count_audit_logs_params;

/**
 * Count audit logs
 *
 * `GET /audit-log/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_accounts_count_audit_logs_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_accounts_count_audit_logs(schematic_client *client,
                                                    const schematic_accounts_count_audit_logs_params *params,
                                                    schematic_accounts_count_audit_logs_response **out,
                                                    schematic_error *err);
/** Descriptor of schematic_accounts_count_audit_logs(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_accounts_count_audit_logs_op;

/**
 * Completion of schematic_accounts_count_audit_logs_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_accounts_count_audit_logs_async()
 * @param rc 0, or what schematic_accounts_count_audit_logs() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_accounts_count_audit_logs()'s out would receive, owned
 * by the callback (schematic_accounts_count_audit_logs_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_accounts_count_audit_logs() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_accounts_count_audit_logs_callback)(void *user_data, int rc,
                                                             schematic_accounts_count_audit_logs_response *result,
                                                             schematic_error *err);

/**
 * Count audit logs
 *
 * Asynchronous form of schematic_accounts_count_audit_logs(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_accounts_count_audit_logs() would return; the result is the callback's to free.
 *
 * `GET /audit-log/count`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_accounts_count_audit_logs(); read before this returns
 * @param callback called with the outcome (see schematic_accounts_count_audit_logs_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_accounts_count_audit_logs() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_accounts_count_audit_logs()
 */
APIC_EXPORT int schematic_accounts_count_audit_logs_async(schematic_client *client,
                                                          const schematic_accounts_count_audit_logs_params *params,
                                                          schematic_accounts_count_audit_logs_callback callback,
                                                          void *user_data, apic_async_call **call,
                                                          schematic_error *err);

/** Parameters of schematic_accounts_list_environments(). Zero-initialise, then set what you need. */
typedef struct schematic_accounts_list_environments_params {
    bool has_ids; /**< true when ids is set */
    /** Maximum items: 100. */
    apic_string_array ids;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_accounts_list_environments_params;

/**
 * List environments
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /environments`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_accounts_list_environments_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_accounts_list_environments(schematic_client *client,
                                                     const schematic_accounts_list_environments_params *params,
                                                     schematic_accounts_list_environments_response **out,
                                                     schematic_error *err);
/** Descriptor of schematic_accounts_list_environments(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_accounts_list_environments_op;

/**
 * Completion of schematic_accounts_list_environments_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_accounts_list_environments_async()
 * @param rc 0, or what schematic_accounts_list_environments() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_accounts_list_environments()'s out would receive, owned
 * by the callback (schematic_accounts_list_environments_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_accounts_list_environments() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_accounts_list_environments_callback)(void *user_data, int rc,
                                                              schematic_accounts_list_environments_response *result,
                                                              schematic_error *err);

/**
 * List environments
 *
 * Asynchronous form of schematic_accounts_list_environments(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_accounts_list_environments() would return; the result is the callback's to free.
 *
 * `GET /environments`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_accounts_list_environments(); read before this
 * returns
 * @param callback called with the outcome (see schematic_accounts_list_environments_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_accounts_list_environments()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_accounts_list_environments()
 */
APIC_EXPORT int schematic_accounts_list_environments_async(schematic_client *client,
                                                           const schematic_accounts_list_environments_params *params,
                                                           schematic_accounts_list_environments_callback callback,
                                                           void *user_data, apic_async_call **call,
                                                           schematic_error *err);

/** Iteration over every item of schematic_accounts_list_environments(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_accounts_list_environments_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_accounts_list_environments_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_accounts_list_environments_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_accounts_list_environments_iter_new(schematic_client *client,
                                                              const schematic_accounts_list_environments_params *params,
                                                              schematic_accounts_list_environments_iter **out,
                                                              schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_accounts_list_environments_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_accounts_list_environments_iter_next(schematic_accounts_list_environments_iter *it,
                                                               const schematic_environment_response_data **item,
                                                               schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_accounts_list_environments_iter_free(schematic_accounts_list_environments_iter *it);

/**
 * Create environment
 *
 * `POST /environments`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_create_environment_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_accounts_create_environment_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_accounts_create_environment(schematic_client *client,
                                                      const schematic_create_environment_request_body *body,
                                                      schematic_accounts_create_environment_response **out,
                                                      schematic_error *err);
/** Descriptor of schematic_accounts_create_environment(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_accounts_create_environment_op;

/**
 * Completion of schematic_accounts_create_environment_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_accounts_create_environment_async()
 * @param rc 0, or what schematic_accounts_create_environment() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_accounts_create_environment()'s out would receive, owned
 * by the callback (schematic_accounts_create_environment_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_accounts_create_environment() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_accounts_create_environment_callback)(void *user_data, int rc,
                                                               schematic_accounts_create_environment_response *result,
                                                               schematic_error *err);

/**
 * Create environment
 *
 * Asynchronous form of schematic_accounts_create_environment(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_accounts_create_environment() would return; the result is the callback's to free.
 *
 * `POST /environments`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_accounts_create_environment(); read before this
 * returns
 * @param callback called with the outcome (see schematic_accounts_create_environment_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_accounts_create_environment()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_accounts_create_environment()
 */
APIC_EXPORT int schematic_accounts_create_environment_async(schematic_client *client,
                                                            const schematic_create_environment_request_body *body,
                                                            schematic_accounts_create_environment_callback callback,
                                                            void *user_data, apic_async_call **call,
                                                            schematic_error *err);

/** Parameters of schematic_accounts_get_environment(). Zero-initialise, then set what you need. */
typedef struct schematic_accounts_get_environment_params {
    /**
     * environment_id
     * Required.
     */
    char *environment_id;
} schematic_accounts_get_environment_params;

/**
 * Get environment
 *
 * `GET /environments/{environment_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: environment_id
 * @param out receives the result on success (schematic_accounts_get_environment_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_accounts_get_environment(schematic_client *client,
                                                   const schematic_accounts_get_environment_params *params,
                                                   schematic_accounts_get_environment_response **out,
                                                   schematic_error *err);
/** Descriptor of schematic_accounts_get_environment(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_accounts_get_environment_op;

/**
 * Completion of schematic_accounts_get_environment_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_accounts_get_environment_async()
 * @param rc 0, or what schematic_accounts_get_environment() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_accounts_get_environment()'s out would receive, owned by
 * the callback (schematic_accounts_get_environment_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_accounts_get_environment() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_accounts_get_environment_callback)(void *user_data, int rc,
                                                            schematic_accounts_get_environment_response *result,
                                                            schematic_error *err);

/**
 * Get environment
 *
 * Asynchronous form of schematic_accounts_get_environment(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_accounts_get_environment() would return; the result is the callback's to free.
 *
 * `GET /environments/{environment_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_accounts_get_environment(); read before this returns
 * @param callback called with the outcome (see schematic_accounts_get_environment_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_accounts_get_environment() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_accounts_get_environment()
 */
APIC_EXPORT int schematic_accounts_get_environment_async(schematic_client *client,
                                                         const schematic_accounts_get_environment_params *params,
                                                         schematic_accounts_get_environment_callback callback,
                                                         void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_accounts_update_environment(). Zero-initialise, then set what you need. */
typedef struct schematic_accounts_update_environment_params {
    /**
     * environment_id
     * Required.
     */
    char *environment_id;
} schematic_accounts_update_environment_params;

/**
 * Update environment
 *
 * `PUT /environments/{environment_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: environment_id
 * @param body request body: schematic_update_environment_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_accounts_update_environment_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_accounts_update_environment(schematic_client *client,
                                                      const schematic_accounts_update_environment_params *params,
                                                      const schematic_update_environment_request_body *body,
                                                      schematic_accounts_update_environment_response **out,
                                                      schematic_error *err);
/** Descriptor of schematic_accounts_update_environment(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_accounts_update_environment_op;

/**
 * Completion of schematic_accounts_update_environment_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_accounts_update_environment_async()
 * @param rc 0, or what schematic_accounts_update_environment() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_accounts_update_environment()'s out would receive, owned
 * by the callback (schematic_accounts_update_environment_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_accounts_update_environment() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_accounts_update_environment_callback)(void *user_data, int rc,
                                                               schematic_accounts_update_environment_response *result,
                                                               schematic_error *err);

/**
 * Update environment
 *
 * Asynchronous form of schematic_accounts_update_environment(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_accounts_update_environment() would return; the result is the callback's to free.
 *
 * `PUT /environments/{environment_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_accounts_update_environment(); read before this
 * returns
 * @param body request body, as for schematic_accounts_update_environment(); read before this
 * returns
 * @param callback called with the outcome (see schematic_accounts_update_environment_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_accounts_update_environment()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_accounts_update_environment()
 */
APIC_EXPORT int schematic_accounts_update_environment_async(schematic_client *client,
                                                            const schematic_accounts_update_environment_params *params,
                                                            const schematic_update_environment_request_body *body,
                                                            schematic_accounts_update_environment_callback callback,
                                                            void *user_data, apic_async_call **call,
                                                            schematic_error *err);

/** Parameters of schematic_accounts_delete_environment(). Zero-initialise, then set what you need. */
typedef struct schematic_accounts_delete_environment_params {
    /**
     * environment_id
     * Required.
     */
    char *environment_id;
} schematic_accounts_delete_environment_params;

/**
 * Delete environment
 *
 * `DELETE /environments/{environment_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: environment_id
 * @param out receives the result on success (schematic_accounts_delete_environment_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_accounts_delete_environment(schematic_client *client,
                                                      const schematic_accounts_delete_environment_params *params,
                                                      schematic_accounts_delete_environment_response **out,
                                                      schematic_error *err);
/** Descriptor of schematic_accounts_delete_environment(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_accounts_delete_environment_op;

/**
 * Completion of schematic_accounts_delete_environment_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_accounts_delete_environment_async()
 * @param rc 0, or what schematic_accounts_delete_environment() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_accounts_delete_environment()'s out would receive, owned
 * by the callback (schematic_accounts_delete_environment_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_accounts_delete_environment() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_accounts_delete_environment_callback)(void *user_data, int rc,
                                                               schematic_accounts_delete_environment_response *result,
                                                               schematic_error *err);

/**
 * Delete environment
 *
 * Asynchronous form of schematic_accounts_delete_environment(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_accounts_delete_environment() would return; the result is the callback's to free.
 *
 * `DELETE /environments/{environment_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_accounts_delete_environment(); read before this
 * returns
 * @param callback called with the outcome (see schematic_accounts_delete_environment_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_accounts_delete_environment()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_accounts_delete_environment()
 */
APIC_EXPORT int schematic_accounts_delete_environment_async(schematic_client *client,
                                                            const schematic_accounts_delete_environment_params *params,
                                                            schematic_accounts_delete_environment_callback callback,
                                                            void *user_data, apic_async_call **call,
                                                            schematic_error *err);

/**
 * Get onboarding state
 *
 * `GET /onboarding-state`
 *
 * @param client a client from schematic_client_new()
 * @param out receives the result on success (schematic_accounts_get_onboarding_state_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_accounts_get_onboarding_state(schematic_client *client,
                                                        schematic_accounts_get_onboarding_state_response **out,
                                                        schematic_error *err);
/** Descriptor of schematic_accounts_get_onboarding_state(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_accounts_get_onboarding_state_op;

/**
 * Completion of schematic_accounts_get_onboarding_state_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_accounts_get_onboarding_state_async()
 * @param rc 0, or what schematic_accounts_get_onboarding_state() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_accounts_get_onboarding_state()'s out would receive,
 * owned by the callback (schematic_accounts_get_onboarding_state_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_accounts_get_onboarding_state() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_accounts_get_onboarding_state_callback)(void *user_data, int rc,
                                                                 schematic_accounts_get_onboarding_state_response *result,
                                                                 schematic_error *err);

/**
 * Get onboarding state
 *
 * Asynchronous form of schematic_accounts_get_onboarding_state(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_accounts_get_onboarding_state() would return; the result is the callback's to free.
 *
 * `GET /onboarding-state`
 *
 * @param client a client from schematic_client_new()
 * @param callback called with the outcome (see schematic_accounts_get_onboarding_state_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_accounts_get_onboarding_state()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_accounts_get_onboarding_state()
 */
APIC_EXPORT int schematic_accounts_get_onboarding_state_async(schematic_client *client,
                                                              schematic_accounts_get_onboarding_state_callback callback,
                                                              void *user_data, apic_async_call **call,
                                                              schematic_error *err);

/**
 * Update onboarding state
 *
 * `POST /onboarding-state`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_update_onboarding_state_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_accounts_update_onboarding_state_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_accounts_update_onboarding_state(schematic_client *client,
                                                           const schematic_update_onboarding_state_request_body *body,
                                                           schematic_accounts_update_onboarding_state_response **out,
                                                           schematic_error *err);
/** Descriptor of schematic_accounts_update_onboarding_state(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_accounts_update_onboarding_state_op;

/**
 * Completion of schematic_accounts_update_onboarding_state_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_accounts_update_onboarding_state_async()
 * @param rc 0, or what schematic_accounts_update_onboarding_state() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_accounts_update_onboarding_state()'s out would receive,
 * owned by the callback (schematic_accounts_update_onboarding_state_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_accounts_update_onboarding_state() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_accounts_update_onboarding_state_callback)(void *user_data, int rc,
                                                                    schematic_accounts_update_onboarding_state_response *result,
                                                                    schematic_error *err);

/**
 * Update onboarding state
 *
 * Asynchronous form of schematic_accounts_update_onboarding_state(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_accounts_update_onboarding_state() would return; the result is the callback's to free.
 *
 * `POST /onboarding-state`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_accounts_update_onboarding_state(); read before this
 * returns
 * @param callback called with the outcome (see
 * schematic_accounts_update_onboarding_state_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_accounts_update_onboarding_state()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_accounts_update_onboarding_state()
 */
APIC_EXPORT int schematic_accounts_update_onboarding_state_async(schematic_client *client,
                                                                 const schematic_update_onboarding_state_request_body *body,
                                                                 schematic_accounts_update_onboarding_state_callback callback,
                                                                 void *user_data, apic_async_call **call,
                                                                 schematic_error *err);

/**
 * Quickstart
 *
 * `POST /quickstart`
 *
 * @param client a client from schematic_client_new()
 * @param out receives the result on success (schematic_accounts_quickstart_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_accounts_quickstart(schematic_client *client, schematic_accounts_quickstart_response **out,
                                              schematic_error *err);
/** Descriptor of schematic_accounts_quickstart(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_accounts_quickstart_op;

/**
 * Completion of schematic_accounts_quickstart_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_accounts_quickstart_async()
 * @param rc 0, or what schematic_accounts_quickstart() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_accounts_quickstart()'s out would receive, owned by the
 * callback (schematic_accounts_quickstart_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_accounts_quickstart() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_accounts_quickstart_callback)(void *user_data, int rc,
                                                       schematic_accounts_quickstart_response *result,
                                                       schematic_error *err);

/**
 * Quickstart
 *
 * Asynchronous form of schematic_accounts_quickstart(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what schematic_accounts_quickstart()
 * would return; the result is the callback's to free.
 *
 * `POST /quickstart`
 *
 * @param client a client from schematic_client_new()
 * @param callback called with the outcome (see schematic_accounts_quickstart_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_accounts_quickstart() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_accounts_quickstart()
 */
APIC_EXPORT int schematic_accounts_quickstart_async(schematic_client *client,
                                                    schematic_accounts_quickstart_callback callback, void *user_data,
                                                    apic_async_call **call, schematic_error *err);

/**
 * Get who am I
 *
 * `GET /whoami`
 *
 * @param client a client from schematic_client_new()
 * @param out receives the result on success (schematic_accounts_get_who_am_i_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_accounts_get_who_am_i(schematic_client *client,
                                                schematic_accounts_get_who_am_i_response **out, schematic_error *err);
/** Descriptor of schematic_accounts_get_who_am_i(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_accounts_get_who_am_i_op;

/**
 * Completion of schematic_accounts_get_who_am_i_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_accounts_get_who_am_i_async()
 * @param rc 0, or what schematic_accounts_get_who_am_i() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_accounts_get_who_am_i()'s out would receive, owned by
 * the callback (schematic_accounts_get_who_am_i_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_accounts_get_who_am_i() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_accounts_get_who_am_i_callback)(void *user_data, int rc,
                                                         schematic_accounts_get_who_am_i_response *result,
                                                         schematic_error *err);

/**
 * Get who am I
 *
 * Asynchronous form of schematic_accounts_get_who_am_i(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_accounts_get_who_am_i() would return; the result is the callback's to free.
 *
 * `GET /whoami`
 *
 * @param client a client from schematic_client_new()
 * @param callback called with the outcome (see schematic_accounts_get_who_am_i_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_accounts_get_who_am_i() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_accounts_get_who_am_i()
 */
APIC_EXPORT int schematic_accounts_get_who_am_i_async(schematic_client *client,
                                                      schematic_accounts_get_who_am_i_callback callback,
                                                      void *user_data, apic_async_call **call, schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
