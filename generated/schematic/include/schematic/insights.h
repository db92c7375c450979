/**
 * @file schematic/insights.h
 * @brief Schematic: insights operations. Generated; do not edit.
 */
#ifndef SCHEMATIC_INSIGHTS_H
#define SCHEMATIC_INSIGHTS_H

#include "client.h"
#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Parameters of schematic_insights_get_activity(). Zero-initialise, then set what you need. */
typedef struct schematic_insights_get_activity_params {
    bool has_limit; /**< true when limit is set */
    /** Format: int64. Minimum: 1. Maximum: 50. */
    int64_t limit;
} schematic_insights_get_activity_params;

/**
 * Get activity
 *
 * `GET /insights/activity`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_insights_get_activity_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_insights_get_activity(schematic_client *client,
                                                const schematic_insights_get_activity_params *params,
                                                schematic_insights_get_activity_response **out, schematic_error *err);
/** Descriptor of schematic_insights_get_activity(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_insights_get_activity_op;

/**
 * Completion of schematic_insights_get_activity_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_insights_get_activity_async()
 * @param rc 0, or what schematic_insights_get_activity() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_insights_get_activity()'s out would receive, owned by
 * the callback (schematic_insights_get_activity_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_insights_get_activity() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_insights_get_activity_callback)(void *user_data, int rc,
                                                         schematic_insights_get_activity_response *result,
                                                         schematic_error *err);

/**
 * Get activity
 *
 * Asynchronous form of schematic_insights_get_activity(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_insights_get_activity() would return; the result is the callback's to free.
 *
 * `GET /insights/activity`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_insights_get_activity(); read before this returns
 * @param callback called with the outcome (see schematic_insights_get_activity_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_insights_get_activity() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_insights_get_activity()
 */
APIC_EXPORT int schematic_insights_get_activity_async(schematic_client *client,
                                                      const schematic_insights_get_activity_params *params,
                                                      schematic_insights_get_activity_callback callback,
                                                      void *user_data, apic_async_call **call, schematic_error *err);

/** Parameters of schematic_insights_get_environment_feature_usage_time_series(). Zero-initialise, then set what you need. */
typedef struct schematic_insights_get_environment_feature_usage_time_series_params {
    /**
     * Format: date-time.
     * Required.
     */
    char *end_time;
    /**
     * The `feature_id` query parameter: a string.
     * Required.
     */
    char *feature_id;
    bool has_granularity; /**< true when granularity is set */
    /** The `granularity` query parameter: one of the values of schematic_time_series_granularity (stored as schematic_time_series_granularity_val). */
    schematic_time_series_granularity_val granularity;
    /**
     * Format: date-time.
     * Required.
     */
    char *start_time;
} schematic_insights_get_environment_feature_usage_time_series_params;

/**
 * Get environment feature usage time series
 *
 * `GET /insights/feature-usage-timeseries`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: end_time, feature_id, start_time
 * @param out receives the result on success (schematic_insights_get_environment_feature_usage_time_series_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_insights_get_environment_feature_usage_time_series(schematic_client *client,
                                                                             const schematic_insights_get_environment_feature_usage_time_series_params *params,
                                                                             schematic_insights_get_environment_feature_usage_time_series_response **out,
                                                                             schematic_error *err);
/** Descriptor of schematic_insights_get_environment_feature_usage_time_series(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_insights_get_environment_feature_usage_time_series_op;

/**
 * Completion of schematic_insights_get_environment_feature_usage_time_series_async(): called
 * exactly once, later, on the loop thread (apic/async.h).
 * @param user_data as given to
 * schematic_insights_get_environment_feature_usage_time_series_async()
 * @param rc 0, or what schematic_insights_get_environment_feature_usage_time_series() would have
 * returned (a negative apic_status); APIC_E_CANCELLED when the call was cancelled
 * (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_insights_get_environment_feature_usage_time_series()'s
 * out would receive, owned by the callback
 * (schematic_insights_get_environment_feature_usage_time_series_response_free() it); NULL
 * otherwise
 * @param err the call's error, as schematic_insights_get_environment_feature_usage_time_series()
 * fills it; valid until the callback returns
 */
typedef void (*schematic_insights_get_environment_feature_usage_time_series_callback)(void *user_data, int rc,
                                                                                      schematic_insights_get_environment_feature_usage_time_series_response *result,
                                                                                      schematic_error *err);

/**
 * Get environment feature usage time series
 *
 * Asynchronous form of schematic_insights_get_environment_feature_usage_time_series(): returns at
 * once; callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_insights_get_environment_feature_usage_time_series() would return; the result is the
 * callback's to free.
 *
 * `GET /insights/feature-usage-timeseries`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_insights_get_environment_feature_usage_time_series();
 * read before this returns
 * @param callback called with the outcome (see
 * schematic_insights_get_environment_feature_usage_time_series_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_insights_get_environment_feature_usage_time_series() refuses before sending),
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_insights_get_environment_feature_usage_time_series()
 */
APIC_EXPORT int schematic_insights_get_environment_feature_usage_time_series_async(schematic_client *client,
                                                                                   const schematic_insights_get_environment_feature_usage_time_series_params *params,
                                                                                   schematic_insights_get_environment_feature_usage_time_series_callback callback,
                                                                                   void *user_data,
                                                                                   apic_async_call **call,
                                                                                   schematic_error *err);

/** Parameters of schematic_insights_get_plan_growth(). Zero-initialise, then set what you need. */
typedef struct schematic_insights_get_plan_growth_params {
    bool has_months; /**< true when months is set */
    /** Format: int64. Minimum: 1. Maximum: 24. */
    int64_t months;
} schematic_insights_get_plan_growth_params;

/**
 * Get plan growth
 *
 * `GET /insights/plan-growth`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; may be NULL
 * @param out receives the result on success (schematic_insights_get_plan_growth_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_insights_get_plan_growth(schematic_client *client,
                                                   const schematic_insights_get_plan_growth_params *params,
                                                   schematic_insights_get_plan_growth_response **out,
                                                   schematic_error *err);
/** Descriptor of schematic_insights_get_plan_growth(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_insights_get_plan_growth_op;

/**
 * Completion of schematic_insights_get_plan_growth_async(): called exactly once, later, on the
 * loop thread (apic/async.h).
 * @param user_data as given to schematic_insights_get_plan_growth_async()
 * @param rc 0, or what schematic_insights_get_plan_growth() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_insights_get_plan_growth()'s out would receive, owned by
 * the callback (schematic_insights_get_plan_growth_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_insights_get_plan_growth() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_insights_get_plan_growth_callback)(void *user_data, int rc,
                                                            schematic_insights_get_plan_growth_response *result,
                                                            schematic_error *err);

/**
 * Get plan growth
 *
 * Asynchronous form of schematic_insights_get_plan_growth(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_insights_get_plan_growth() would return; the result is the callback's to free.
 *
 * `GET /insights/plan-growth`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_insights_get_plan_growth(); read before this returns
 * @param callback called with the outcome (see schematic_insights_get_plan_growth_callback);
 * required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_insights_get_plan_growth() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_insights_get_plan_growth()
 */
APIC_EXPORT int schematic_insights_get_plan_growth_async(schematic_client *client,
                                                         const schematic_insights_get_plan_growth_params *params,
                                                         schematic_insights_get_plan_growth_callback callback,
                                                         void *user_data, apic_async_call **call, schematic_error *err);

/**
 * Get summary
 *
 * `GET /insights/summary`
 *
 * @param client a client from schematic_client_new()
 * @param out receives the result on success (schematic_insights_get_summary_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_insights_get_summary(schematic_client *client, schematic_insights_get_summary_response **out,
                                               schematic_error *err);
/** Descriptor of schematic_insights_get_summary(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_insights_get_summary_op;

/**
 * Completion of schematic_insights_get_summary_async(): called exactly once, later, on the loop
 * thread (apic/async.h).
 * @param user_data as given to schematic_insights_get_summary_async()
 * @param rc 0, or what schematic_insights_get_summary() would have returned (a negative
 * apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the client
 * freed first)
 * @param result on success what schematic_insights_get_summary()'s out would receive, owned by the
 * callback (schematic_insights_get_summary_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_insights_get_summary() fills it; valid until the
 * callback returns
 */
typedef void (*schematic_insights_get_summary_callback)(void *user_data, int rc,
                                                        schematic_insights_get_summary_response *result,
                                                        schematic_error *err);

/**
 * Get summary
 *
 * Asynchronous form of schematic_insights_get_summary(): returns at once; callback is called
 * exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_insights_get_summary() would return; the result is the callback's to free.
 *
 * `GET /insights/summary`
 *
 * @param client a client from schematic_client_new()
 * @param callback called with the outcome (see schematic_insights_get_summary_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what schematic_insights_get_summary() refuses
 * before sending), APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_insights_get_summary()
 */
APIC_EXPORT int schematic_insights_get_summary_async(schematic_client *client,
                                                     schematic_insights_get_summary_callback callback, void *user_data,
                                                     apic_async_call **call, schematic_error *err);

/** Parameters of schematic_insights_get_top_features_by_usage(). Zero-initialise, then set what you need. */
typedef struct schematic_insights_get_top_features_by_usage_params {
    /**
     * Format: date-time.
     * Required.
     */
    char *end_time;
    bool has_limit; /**< true when limit is set */
    /** Format: int64. Minimum: 1. Maximum: 20. */
    int64_t limit;
    /**
     * Format: date-time.
     * Required.
     */
    char *start_time;
} schematic_insights_get_top_features_by_usage_params;

/**
 * Get top features by usage
 *
 * `GET /insights/top-features`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: end_time, start_time
 * @param out receives the result on success (schematic_insights_get_top_features_by_usage_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_insights_get_top_features_by_usage(schematic_client *client,
                                                             const schematic_insights_get_top_features_by_usage_params *params,
                                                             schematic_insights_get_top_features_by_usage_response **out,
                                                             schematic_error *err);
/** Descriptor of schematic_insights_get_top_features_by_usage(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_insights_get_top_features_by_usage_op;

/**
 * Completion of schematic_insights_get_top_features_by_usage_async(): called exactly once, later,
 * on the loop thread (apic/async.h).
 * @param user_data as given to schematic_insights_get_top_features_by_usage_async()
 * @param rc 0, or what schematic_insights_get_top_features_by_usage() would have returned (a
 * negative apic_status); APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 * client freed first)
 * @param result on success what schematic_insights_get_top_features_by_usage()'s out would
 * receive, owned by the callback (schematic_insights_get_top_features_by_usage_response_free()
 * it); NULL otherwise
 * @param err the call's error, as schematic_insights_get_top_features_by_usage() fills it; valid
 * until the callback returns
 */
typedef void (*schematic_insights_get_top_features_by_usage_callback)(void *user_data, int rc,
                                                                      schematic_insights_get_top_features_by_usage_response *result,
                                                                      schematic_error *err);

/**
 * Get top features by usage
 *
 * Asynchronous form of schematic_insights_get_top_features_by_usage(): returns at once; callback
 * is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_insights_get_top_features_by_usage() would return; the result is the callback's to
 * free.
 *
 * `GET /insights/top-features`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_insights_get_top_features_by_usage(); read before
 * this returns
 * @param callback called with the outcome (see
 * schematic_insights_get_top_features_by_usage_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_insights_get_top_features_by_usage() refuses before sending), APIC_E_STATE (the client
 * is being freed), APIC_E_NOMEM
 * @see schematic_insights_get_top_features_by_usage()
 */
APIC_EXPORT int schematic_insights_get_top_features_by_usage_async(schematic_client *client,
                                                                   const schematic_insights_get_top_features_by_usage_params *params,
                                                                   schematic_insights_get_top_features_by_usage_callback callback,
                                                                   void *user_data, apic_async_call **call,
                                                                   schematic_error *err);

/** Parameters of schematic_insights_get_environment_trait_usage_time_series(). Zero-initialise, then set what you need. */
typedef struct schematic_insights_get_environment_trait_usage_time_series_params {
    /**
     * Format: date-time.
     * Required.
     */
    char *end_time;
    /**
     * The `feature_id` query parameter: a string.
     * Required.
     */
    char *feature_id;
    bool has_granularity; /**< true when granularity is set */
    /** The `granularity` query parameter: one of the values of schematic_time_series_granularity (stored as schematic_time_series_granularity_val). */
    schematic_time_series_granularity_val granularity;
    /**
     * Format: date-time.
     * Required.
     */
    char *start_time;
} schematic_insights_get_environment_trait_usage_time_series_params;

/**
 * Get environment trait usage time series
 *
 * `GET /insights/trait-usage-timeseries`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters; required: end_time, feature_id, start_time
 * @param out receives the result on success (schematic_insights_get_environment_trait_usage_time_series_response_free() it), NULL otherwise; may be NULL to discard. OK
 * @param err receives details on failure (may be NULL); release with schematic_error_clear()
 * @return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err
 */
APIC_EXPORT int schematic_insights_get_environment_trait_usage_time_series(schematic_client *client,
                                                                           const schematic_insights_get_environment_trait_usage_time_series_params *params,
                                                                           schematic_insights_get_environment_trait_usage_time_series_response **out,
                                                                           schematic_error *err);
/** Descriptor of schematic_insights_get_environment_trait_usage_time_series(), for apic_call_with() (per-call retry policy, timeouts, idempotency key). */
APIC_EXPORT extern const apic_operation schematic_insights_get_environment_trait_usage_time_series_op;

/**
 * Completion of schematic_insights_get_environment_trait_usage_time_series_async(): called exactly
 * once, later, on the loop thread (apic/async.h).
 * @param user_data as given to schematic_insights_get_environment_trait_usage_time_series_async()
 * @param rc 0, or what schematic_insights_get_environment_trait_usage_time_series() would have
 * returned (a negative apic_status); APIC_E_CANCELLED when the call was cancelled
 * (apic_async_cancel(), or the client freed first)
 * @param result on success what schematic_insights_get_environment_trait_usage_time_series()'s out
 * would receive, owned by the callback
 * (schematic_insights_get_environment_trait_usage_time_series_response_free() it); NULL otherwise
 * @param err the call's error, as schematic_insights_get_environment_trait_usage_time_series()
 * fills it; valid until the callback returns
 */
typedef void (*schematic_insights_get_environment_trait_usage_time_series_callback)(void *user_data, int rc,
                                                                                    schematic_insights_get_environment_trait_usage_time_series_response *result,
                                                                                    schematic_error *err);

/**
 * Get environment trait usage time series
 *
 * Asynchronous form of schematic_insights_get_environment_trait_usage_time_series(): returns at
 * once; callback is called exactly once, later, on the loop thread (apic/async.h) with what
 * schematic_insights_get_environment_trait_usage_time_series() would return; the result is the
 * callback's to free.
 *
 * `GET /insights/trait-usage-timeseries`
 *
 * @param client a client from schematic_client_new()
 * @param params parameters, as for schematic_insights_get_environment_trait_usage_time_series();
 * read before this returns
 * @param callback called with the outcome (see
 * schematic_insights_get_environment_trait_usage_time_series_callback); required
 * @param user_data passed to callback
 * @param call receives the call's handle for apic_async_cancel() (valid until the callback
 * starts); may be NULL
 * @param err receives why the call could not start (may be NULL); release with
 * schematic_error_clear()
 * @return 0 (callback will be called); otherwise callback is never called and err says why:
 * APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what
 * schematic_insights_get_environment_trait_usage_time_series() refuses before sending),
 * APIC_E_STATE (the client is being freed), APIC_E_NOMEM
 * @see schematic_insights_get_environment_trait_usage_time_series()
 */
APIC_EXPORT int schematic_insights_get_environment_trait_usage_time_series_async(schematic_client *client,
                                                                                 const schematic_insights_get_environment_trait_usage_time_series_params *params,
                                                                                 schematic_insights_get_environment_trait_usage_time_series_callback callback,
                                                                                 void *user_data,
                                                                                 apic_async_call **call,
                                                                                 schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
