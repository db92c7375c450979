/**
 * @file schematic/integrationsapi.h
 * @brief Schematic: integrationsapi operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_INTEGRATIONSAPI_H
#define SCHEMATIC_INTEGRATIONSAPI_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of schematic_integrationsapi_run_integration(). Zero-initialise, then set what you need. */
typedef struct schematic_integrationsapi_run_integration_params {
    /**
     * integration_id
     * Required.
     */
    char *integration_id;
} schematic_integrationsapi_run_integration_params;

/**
 * Run integration
 *
 * `GET /integration/start/{integration_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: integration_id
 * @param out receives the result on success (schematic_integrationsapi_run_integration_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_integrationsapi_run_integration(schematic_client *client,
                                                          const schematic_integrationsapi_run_integration_params *params,
                                                          schematic_integrationsapi_run_integration_response **out,
                                                          schematic_error *err);
/** Descriptor of schematic_integrationsapi_run_integration(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_integrationsapi_run_integration_op;

/**
 * Completion of schematic_integrationsapi_run_integration_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_integrationsapi_run_integration_async()
 * @param rc 0, or what schematic_integrationsapi_run_integration() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_integrationsapi_run_integration()'s out would receive,
 * owned by the callback (schematic_integrationsapi_run_integration_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_integrationsapi_run_integration() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_integrationsapi_run_integration_callback)(void *user_data, int rc,
                                                                   schematic_integrationsapi_run_integration_response *result,
                                                                   schematic_error *err);

/**
 * Run integration
 *
 * Asynchronous form of schematic_integrationsapi_run_integration(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_integrationsapi_run_integration() would return; the result is the callback's to free.
 *
 * `GET /integration/start/{integration_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_integrationsapi_run_integration(); read before this
 * returns
 * @param callback called with the outcome (see
 * schematic_integrationsapi_run_integration_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_integrationsapi_run_integration()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_integrationsapi_run_integration()
 */
APIC_EXPORT int schematic_integrationsapi_run_integration_async(schematic_client *client,
                                                                const schematic_integrationsapi_run_integration_params *params,
                                                                schematic_integrationsapi_run_integration_callback callback,
                                                                void *user_data, apic_async_call **call,
                                                                schematic_error *err);

/** Parameters of schematic_integrationsapi_list_integrations(). Zero-initialise, then set what you need. */
typedef struct schematic_integrationsapi_list_integrations_params {
    bool has_billing_only; /**< true when billing_only is set */
    /** The `billing_only` query parameter: true or false. */
    bool billing_only;
    bool has_exclude_ids; /**< true when exclude_ids is set */
    /** Maximum items: 100. */
    apic_string_array exclude_ids;
    /** The `id` query parameter: a string. */
    char *id;
    bool has_state; /**< true when state is set */
    /** The `state` query parameter: one of the values of schematic_integration_state (stored as schematic_integration_state_val). */
    schematic_integration_state_val state;
    bool has_type; /**< true when type is set */
    /** The `type` query parameter: one of the values of schematic_integration_type (stored as schematic_integration_type_val). */
    schematic_integration_type_val type;
    bool has_limit; /**< true when limit is set */
    /** Page limit (default 100) */
    int64_t limit;
    bool has_offset; /**< true when offset is set */
    /** Page offset (default 0) */
    int64_t offset;
} schematic_integrationsapi_list_integrations_params;

/**
 * List integrations
 *
 * Paginated ('offset' advanced by the items received): the `_iter_new()`, `_iter_next()` and
 * `_iter_free()` functions beside this one go through every item, asking for pages as they are
 * needed.
 *
 * `GET /integrations`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_integrationsapi_list_integrations_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_integrationsapi_list_integrations(schematic_client *client,
                                                            const schematic_integrationsapi_list_integrations_params *params,
                                                            schematic_integrationsapi_list_integrations_response **out,
                                                            schematic_error *err);
/** Descriptor of schematic_integrationsapi_list_integrations(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_integrationsapi_list_integrations_op;

/**
 * Completion of schematic_integrationsapi_list_integrations_async(): called exactly once, later,
 * on the loop thread (apic/async.h).
 * @param user_data as given to schematic_integrationsapi_list_integrations_async()
 * @param rc 0, or what schematic_integrationsapi_list_integrations() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_integrationsapi_list_integrations()'s out would receive,
 * owned by the callback (schematic_integrationsapi_list_integrations_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_integrationsapi_list_integrations() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_integrationsapi_list_integrations_callback)(void *user_data, int rc,
                                                                     schematic_integrationsapi_list_integrations_response *result,
                                                                     schematic_error *err);

/**
 * List integrations
 *
 * Asynchronous form of schematic_integrationsapi_list_integrations(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_integrationsapi_list_integrations() would return; the result is the callback's to
 * free.
 *
 * `GET /integrations`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_integrationsapi_list_integrations(); read before this
 * returns
 * @param callback called with the outcome (see
 * schematic_integrationsapi_list_integrations_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_integrationsapi_list_integrations()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_integrationsapi_list_integrations()
 */
APIC_EXPORT int schematic_integrationsapi_list_integrations_async(schematic_client *client,
                                                                  const schematic_integrationsapi_list_integrations_params *params,
                                                                  schematic_integrationsapi_list_integrations_callback callback,
                                                                  void *user_data, apic_async_call **call,
                                                                  schematic_error *err);

/** Iteration over every item of schematic_integrationsapi_list_integrations(), page after page (apic/pager.h). */
typedef struct apic_pager schematic_integrationsapi_list_integrations_iter;
/**
 * Starts iterating: nothing is sent before the first schematic_integrationsapi_list_integrations_iter_next(). params is copied
 * shallowly: what it points to must stay valid until schematic_integrationsapi_list_integrations_iter_free(); the page it
 * names (when set) is where the iteration starts.
 * @return 0, or a negative status with err filled
 */
APIC_EXPORT int schematic_integrationsapi_list_integrations_iter_new(schematic_client *client,
                                                                     const schematic_integrationsapi_list_integrations_params *params,
                                                                     schematic_integrationsapi_list_integrations_iter **out,
                                                                     schematic_error *err);
/**
 * The next item: 1 with *item pointing at it (valid until the next call or schematic_integrationsapi_list_integrations_iter_free()),
 * 0 after the last one, or a negative status with err filled (the items before it were
 * delivered; calling again asks for the page that failed again).
 */
APIC_EXPORT int schematic_integrationsapi_list_integrations_iter_next(schematic_integrationsapi_list_integrations_iter *it,
                                                                      const schematic_integrations_list_response_data **item,
                                                                      schematic_error *err);
/** Frees the iteration and the page it holds. NULL is a no-op. */
APIC_EXPORT void schematic_integrationsapi_list_integrations_iter_free(schematic_integrationsapi_list_integrations_iter *it);

/** Parameters of schematic_integrationsapi_get_integration_webhook_url(). Zero-initialise, then set what you need. */
typedef struct schematic_integrationsapi_get_integration_webhook_url_params {
    /**
     * type
     * Required.
     */
    char *type;
} schematic_integrationsapi_get_integration_webhook_url_params;

/**
 * Get integration webhook url
 *
 * `GET /integrations/{type}/webhook-url`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: type
 * @param out receives the result on success (schematic_integrationsapi_get_integration_webhook_url_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_integrationsapi_get_integration_webhook_url(schematic_client *client,
                                                                      const schematic_integrationsapi_get_integration_webhook_url_params *params,
                                                                      schematic_integrationsapi_get_integration_webhook_url_response **out,
                                                                      schematic_error *err);
/** Descriptor of schematic_integrationsapi_get_integration_webhook_url(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_integrationsapi_get_integration_webhook_url_op;

/**
 * Completion of schematic_integrationsapi_get_integration_webhook_url_async(): called exactly
 * once, later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_integrationsapi_get_integration_webhook_url_async()
 * @param rc 0, or what schematic_integrationsapi_get_integration_webhook_url() would have returned
 * (a negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or
 * the client freed first)
 * @param result on success what schematic_integrationsapi_get_integration_webhook_url()'s out
 * would receive, owned by the callback
 * (schematic_integrationsapi_get_integration_webhook_url_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_integrationsapi_get_integration_webhook_url() fills
 * it; valid until the callback returns
 */
typedef void (*schematic_integrationsapi_get_integration_webhook_url_callback)(void *user_data, int rc,
                                                                               schematic_integrationsapi_get_integration_webhook_url_response *result,
                                                                               schematic_error *err);

/**
 * Get integration webhook url
 *
 * Asynchronous form of schematic_integrationsapi_get_integration_webhook_url(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_integrationsapi_get_integration_webhook_url() would return; the result is the
 * callback's to free.
 *
 * `GET /integrations/{type}/webhook-url`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_integrationsapi_get_integration_webhook_url(); read
 * before this returns
 * @param callback called with the outcome (see
 * schematic_integrationsapi_get_integration_webhook_url_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_integrationsapi_get_integration_webhook_url() refuses before sending), APIC_E_STATE
 * (the client is being freed), APIC_E_NOMEM
 * @see schematic_integrationsapi_get_integration_webhook_url()
 */
APIC_EXPORT int schematic_integrationsapi_get_integration_webhook_url_async(schematic_client *client,
                                                                            const schematic_integrationsapi_get_integration_webhook_url_params *params,
                                                                            schematic_integrationsapi_get_integration_webhook_url_callback callback,
                                                                            void *user_data, apic_async_call **call,
                                                                            schematic_error *err);

/**
 * Install integration
 *
 * `POST /integrations/install`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_install_integration_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_integrationsapi_install_integration_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_integrationsapi_install_integration(schematic_client *client,
                                                              const schematic_install_integration_request_body *body,
                                                              schematic_integrationsapi_install_integration_response **out,
                                                              schematic_error *err);
/** Descriptor of schematic_integrationsapi_install_integration(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_integrationsapi_install_integration_op;

/**
 * Completion of schematic_integrationsapi_install_integration_async(): called exactly once, later,
 * on the loop thread (apic/async.h).
 * @param user_data as given to schematic_integrationsapi_install_integration_async()
 * @param rc 0, or what schematic_integrationsapi_install_integration() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_integrationsapi_install_integration()'s out would
 * receive, owned by the callback (schematic_integrationsapi_install_integration_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_integrationsapi_install_integration() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_integrationsapi_install_integration_callback)(void *user_data, int rc,
                                                                       schematic_integrationsapi_install_integration_response *result,
                                                                       schematic_error *err);

/**
 * Install integration
 *
 * Asynchronous form of schematic_integrationsapi_install_integration(): returns at once; callback
 * is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_integrationsapi_install_integration() would return; the result is the callback's to
 * free.
 *
 * `POST /integrations/install`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_integrationsapi_install_integration(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_integrationsapi_install_integration_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_integrationsapi_install_integration() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_integrationsapi_install_integration()
 */
APIC_EXPORT int schematic_integrationsapi_install_integration_async(schematic_client *client,
                                                                    const schematic_install_integration_request_body *body,
                                                                    schematic_integrationsapi_install_integration_callback callback,
                                                                    void *user_data, apic_async_call **call,
                                                                    schematic_error *err);

/**
 * Start data import
 *
 * `POST /integrations/start-data-import`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_start_data_import_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_integrationsapi_start_data_import_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_integrationsapi_start_data_import(schematic_client *client,
                                                            const schematic_start_data_import_request_body *body,
                                                            schematic_integrationsapi_start_data_import_response **out,
                                                            schematic_error *err);
/** Descriptor of schematic_integrationsapi_start_data_import(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_integrationsapi_start_data_import_op;

/**
 * Completion of schematic_integrationsapi_start_data_import_async(): called exactly once, later,
 * on the loop thread (apic/async.h).
 * @param user_data as given to schematic_integrationsapi_start_data_import_async()
 * @param rc 0, or what schematic_integrationsapi_start_data_import() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_integrationsapi_start_data_import()'s out would receive,
 * owned by the callback (schematic_integrationsapi_start_data_import_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_integrationsapi_start_data_import() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_integrationsapi_start_data_import_callback)(void *user_data, int rc,
                                                                     schematic_integrationsapi_start_data_import_response *result,
                                                                     schematic_error *err);

/**
 * Start data import
 *
 * Asynchronous form of schematic_integrationsapi_start_data_import(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_integrationsapi_start_data_import() would return; the result is the callback's to
 * free.
 *
 * `POST /integrations/start-data-import`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_integrationsapi_start_data_import(); read before this
 * returns
 * @param callback called with the outcome (see
 * schematic_integrationsapi_start_data_import_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_integrationsapi_start_data_import()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_integrationsapi_start_data_import()
 */
APIC_EXPORT int schematic_integrationsapi_start_data_import_async(schematic_client *client,
                                                                  const schematic_start_data_import_request_body *body,
                                                                  schematic_integrationsapi_start_data_import_callback callback,
                                                                  void *user_data, apic_async_call **call,
                                                                  schematic_error *err);

/**
 * Load sample data set
 *
 * `GET /integrations/stripe/dataset-sample-v2`
 *
 * @param client a client from schematic_client_new()
 * @param out receives the result on success (schematic_integrationsapi_load_sample_data_set_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_integrationsapi_load_sample_data_set(schematic_client *client,
                                                               schematic_integrationsapi_load_sample_data_set_response **out,
                                                               schematic_error *err);
/** Descriptor of schematic_integrationsapi_load_sample_data_set(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_integrationsapi_load_sample_data_set_op;

/**
 * Completion of schematic_integrationsapi_load_sample_data_set_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_integrationsapi_load_sample_data_set_async()
 * @param rc 0, or what schematic_integrationsapi_load_sample_data_set() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_integrationsapi_load_sample_data_set()'s out would
 * receive, owned by the callback (schematic_integrationsapi_load_sample_data_set_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_integrationsapi_load_sample_data_set() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_integrationsapi_load_sample_data_set_callback)(void *user_data, int rc,
                                                                        schematic_integrationsapi_load_sample_data_set_response *result,
                                                                        schematic_error *err);

/**
 * Load sample data set
 *
 * Asynchronous form of schematic_integrationsapi_load_sample_data_set(): returns at once; callback
 * is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_integrationsapi_load_sample_data_set() would return; the result is the callback's to
 * free.
 *
 * `GET /integrations/stripe/dataset-sample-v2`
 *
 * @param client a client from schematic_client_new()
 * @param callback called with the outcome (see
 * schematic_integrationsapi_load_sample_data_set_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_integrationsapi_load_sample_data_set() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_integrationsapi_load_sample_data_set()
 */
APIC_EXPORT int schematic_integrationsapi_load_sample_data_set_async(schematic_client *client,
                                                                     schematic_integrationsapi_load_sample_data_set_callback callback,
                                                                     void *user_data, apic_async_call **call,
                                                                     schematic_error *err);

/**
 * Assume stripe installed
 *
 * `POST /integrations/stripe/v2/assume-installed`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_install_integration_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_integrationsapi_assume_stripe_installed_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_integrationsapi_assume_stripe_installed(schematic_client *client,
                                                                  const schematic_install_integration_request_body *body,
                                                                  schematic_integrationsapi_assume_stripe_installed_response **out,
                                                                  schematic_error *err);
/** Descriptor of schematic_integrationsapi_assume_stripe_installed(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_integrationsapi_assume_stripe_installed_op;

/**
 * Completion of schematic_integrationsapi_assume_stripe_installed_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_integrationsapi_assume_stripe_installed_async()
 * @param rc 0, or what schematic_integrationsapi_assume_stripe_installed() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_integrationsapi_assume_stripe_installed()'s out would
 * receive, owned by the callback
 * (schematic_integrationsapi_assume_stripe_installed_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_integrationsapi_assume_stripe_installed() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_integrationsapi_assume_stripe_installed_callback)(void *user_data, int rc,
                                                                           schematic_integrationsapi_assume_stripe_installed_response *result,
                                                                           schematic_error *err);

/**
 * Assume stripe installed
 *
 * Asynchronous form of schematic_integrationsapi_assume_stripe_installed(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_integrationsapi_assume_stripe_installed() would return; the result is the callback's
 * to free.
 *
 * `POST /integrations/stripe/v2/assume-installed`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_integrationsapi_assume_stripe_installed(); read
 * before this returns
 * @param callback called with the outcome (see
 * schematic_integrationsapi_assume_stripe_installed_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_integrationsapi_assume_stripe_installed() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_integrationsapi_assume_stripe_installed()
 */
APIC_EXPORT int schematic_integrationsapi_assume_stripe_installed_async(schematic_client *client,
                                                                        const schematic_install_integration_request_body *body,
                                                                        schematic_integrationsapi_assume_stripe_installed_callback callback,
                                                                        void *user_data, apic_async_call **call,
                                                                        schematic_error *err);

/**
 * Install stripe
 *
 * `POST /integrations/stripe/v2/install`
 *
 * @param client a client from schematic_client_new()
 * @param body request body: schematic_install_integration_request_body, sent as JSON; required
 * @param out receives the result on success (schematic_integrationsapi_install_stripe_response_free() it), NULL otherwise; may be NULL to discard. Created
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_integrationsapi_install_stripe(schematic_client *client,
                                                         const schematic_install_integration_request_body *body,
                                                         schematic_integrationsapi_install_stripe_response **out,
                                                         schematic_error *err);
/** Descriptor of schematic_integrationsapi_install_stripe(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_integrationsapi_install_stripe_op;

/**
 * Completion of schematic_integrationsapi_install_stripe_async(): called exactly once, later, on
 * the loop thread (apic/async.h).
 * @param user_data as given to schematic_integrationsapi_install_stripe_async()
 * @param rc 0, or what schematic_integrationsapi_install_stripe() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_integrationsapi_install_stripe()'s out would receive,
 * owned by the callback (schematic_integrationsapi_install_stripe_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_integrationsapi_install_stripe() fills it; valid until
 * the callback returns
 */
typedef void (*schematic_integrationsapi_install_stripe_callback)(void *user_data, int rc,
                                                                  schematic_integrationsapi_install_stripe_response *result,
                                                                  schematic_error *err);

/**
 * Install stripe
 *
 * Asynchronous form of schematic_integrationsapi_install_stripe(): returns at once; callback is
 * called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_integrationsapi_install_stripe() would return; the result is the callback's to free.
 *
 * `POST /integrations/stripe/v2/install`
 *
 * @param client a client from schematic_client_new()
 * @param body request body, as for schematic_integrationsapi_install_stripe(); read before this
 * returns
 * @param callback called with the outcome (see schematic_integrationsapi_install_stripe_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_integrationsapi_install_stripe()
 * refuses before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_integrationsapi_install_stripe()
 */
APIC_EXPORT int schematic_integrationsapi_install_stripe_async(schematic_client *client,
                                                               const schematic_install_integration_request_body *body,
                                                               schematic_integrationsapi_install_stripe_callback callback,
                                                               void *user_data, apic_async_call **call,
                                                               schematic_error *err);

/** Parameters of schematic_integrationsapi_uninstall_integration(). Zero-initialise, then set what you need. */
typedef struct schematic_integrationsapi_uninstall_integration_params {
    /**
     * integration_id
     * Required.
     */
    char *integration_id;
} schematic_integrationsapi_uninstall_integration_params;

/**
 * Uninstall integration
 *
 * `DELETE /integrations/uninstall/{integration_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: integration_id
 * @param out receives the result on success (schematic_integrationsapi_uninstall_integration_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_integrationsapi_uninstall_integration(schematic_client *client,
                                                                const schematic_integrationsapi_uninstall_integration_params *params,
                                                                schematic_integrationsapi_uninstall_integration_response **out,
                                                                schematic_error *err);
/** Descriptor of schematic_integrationsapi_uninstall_integration(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_integrationsapi_uninstall_integration_op;

/**
 * Completion of schematic_integrationsapi_uninstall_integration_async(): called exactly once,
 * later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_integrationsapi_uninstall_integration_async()
 * @param rc 0, or what schematic_integrationsapi_uninstall_integration() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_integrationsapi_uninstall_integration()'s out would
 * receive, owned by the callback (schematic_integrationsapi_uninstall_integration_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_integrationsapi_uninstall_integration() fills it;
 * valid until the callback returns
 */
typedef void (*schematic_integrationsapi_uninstall_integration_callback)(void *user_data, int rc,
                                                                         schematic_integrationsapi_uninstall_integration_response *result,
                                                                         schematic_error *err);

/**
 * Uninstall integration
 *
 * Asynchronous form of schematic_integrationsapi_uninstall_integration(): returns at once;
 * callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_integrationsapi_uninstall_integration() would return; the result is the callback's to
 * free.
 *
 * `DELETE /integrations/uninstall/{integration_id}`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_integrationsapi_uninstall_integration(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_integrationsapi_uninstall_integration_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_integrationsapi_uninstall_integration() refuses before sending), APIC_E_STATE (the
 * client is being freed), APIC_E_NOMEM
 * @see schematic_integrationsapi_uninstall_integration()
 */
APIC_EXPORT int schematic_integrationsapi_uninstall_integration_async(schematic_client *client,
                                                                      const schematic_integrationsapi_uninstall_integration_params *params,
                                                                      schematic_integrationsapi_uninstall_integration_callback callback,
                                                                      void *user_data, apic_async_call **call,
                                                                      schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
