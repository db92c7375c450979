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

#ifdef __cplusplus
}
#endif
#endif
