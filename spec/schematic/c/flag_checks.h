/**
 * @file schematic/flag_checks.h
 * @brief Checking flags the way Schematic's own SDKs do: answers kept for a while, defaults when
 * Schematic cannot answer, offline mode. Handwritten (spec/schematic/c); part of the SDK.
 *
 * A flag is checked for a company and/or a user, each named by keys: pairs of strings given as
 * one NULL-terminated list, name then value (`{"id", "your-company-id", NULL}`); the order of the
 * pairs does not matter. The answer is kept in the client's cache (sdk.yaml: 1,000 answers for
 * 5 s; config.cache resizes it, or turns it off with a zero), so the same check within that time
 * costs no request. When Schematic cannot answer (the connection fails, or an error remains after
 * the retries), the flag's default answers: the check's own default if it sets one, else the
 * client's (config.flag_defaults, schematic_set_flag_default()), else false. In offline mode
 * (config.offline) nothing is sent and every check answers its default.
 *
 * @code
 * const char *company[] = {"id", "your-company-id", NULL}, *user[] = {"user_id", "your-user-id", NULL};
 * bool on = false;
 * if (schematic_check_flag(client, "some-flag-key", company, user, &on, &err) != 0)
 *     fprintf(stderr, "default used: %s\n", err.message);   // on holds the default
 * if (on) { ... }
 * @endcode
 */
#ifndef SCHEMATIC_FLAG_CHECKS_H
#define SCHEMATIC_FLAG_CHECKS_H

#include <stdbool.h>
#include <stddef.h>

#include <apic/apic.h>

#include "client.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Options of one flag check; zero members keep the client's behaviour. */
typedef struct schematic_check_options {
    /** Use default_value, rather than the client's default for the flag, when Schematic cannot answer. */
    bool has_default;
    /** The answer when Schematic cannot give one (with has_default). */
    bool default_value;
    /** Longest time of one attempt, in milliseconds; 0 = the client's. */
    long timeout_ms;
} schematic_check_options;

/** Longest text kept of a reason or an id in a schematic_flag_result (longer ones are cut). */
#define SCHEMATIC_FLAG_TEXT_MAX 128

/** What a check answered, where the answer came from, and why. */
typedef struct schematic_flag_result {
    /** The flag's value: Schematic's answer, or the default (see source). */
    bool value;
    /** APIC_FLAG_FROM_API, _FROM_CACHE, or the kind of default (offline, error, not found). */
    apic_flag_source source;
    /** Schematic's reason ("Matched rule ...") or why the default answered. */
    char reason[SCHEMATIC_FLAG_TEXT_MAX];
    /** Ids Schematic matched ("" when none): the flag, the rule, the company and the user. */
    char flag_id[SCHEMATIC_FLAG_TEXT_MAX];
    char rule_id[SCHEMATIC_FLAG_TEXT_MAX];   /**< the rule that decided, "" when none */
    char company_id[SCHEMATIC_FLAG_TEXT_MAX]; /**< the company the keys matched, "" when none */
    char user_id[SCHEMATIC_FLAG_TEXT_MAX];    /**< the user the keys matched, "" when none */
} schematic_flag_result;

/**
 * Checks a flag (`POST /flags/{key}/check`, or the client's cache). company and user are
 * NULL-terminated name/value lists, or NULL (no keys: the flag's default rule decides).
 * *on is always set: Schematic's answer, or the default.
 * @return 0 when *on is Schematic's answer (now or from the cache), or the default in offline mode
 *         or for a flag Schematic does not know; the failure (APIC_E_TRANSPORT, APIC_E_TIMEOUT,
 *         APIC_E_HTTP, ...) when Schematic could not answer and *on is the default, err saying
 *         why; APIC_E_ARG (no client, flag key or on; a key list with a name and no value)
 */
APIC_EXPORT int schematic_check_flag(schematic_client *client, const char *flag_key, const char *const *company,
                                     const char *const *user, bool *on, schematic_error *err);

/** schematic_check_flag() with options (opts may be NULL) and the whole answer in *result. Returns the same. */
APIC_EXPORT int schematic_check_flag_with(schematic_client *client, const char *flag_key, const char *const *company,
                                          const char *const *user, const schematic_check_options *opts,
                                          schematic_flag_result *result, schematic_error *err);

/** Sets the client's default of one flag (tests set per-test values this way). Returns 0, APIC_E_ARG, APIC_E_NOMEM. */
APIC_EXPORT int schematic_set_flag_default(schematic_client *client, const char *flag_key, bool value, schematic_error *err);

/** Sets several defaults at once, all or none. Returns 0, APIC_E_ARG (naming the entry), APIC_E_NOMEM. */
APIC_EXPORT int schematic_set_flag_defaults(schematic_client *client, const apic_flag_default *defaults, size_t n,
                                            schematic_error *err);

#ifdef __cplusplus
}
#endif
#endif
