/* Schematic: client creation and security schemes. Generated; do not edit. */
#include "internal.h"

const apic_security_scheme schematic_scheme_api_key_auth = { "ApiKeyAuth", APIC_AUTH_API_KEY, APIC_IN_HEADER, "X-Schematic-Api-Key", NULL, NULL };

/* sdk.yaml caches checkFlag: the values that tell one call's answer from another's. */
static const char *const schematic_cache_key_features_check_flag[] = { "key", "company", "user", NULL };
static const apic_cache_spec schematic_cache_features_check_flag = { schematic_cache_key_features_check_flag, 1000, 5000 };

int schematic_client_new(const schematic_config *cfg, schematic_client **out, schematic_error *err)
{
    if (cfg == NULL || out == NULL) {
        if (out != NULL) *out = NULL;
        return apic_error_set(err, APIC_E_ARG, "schematic_client_new: cfg and out must not be NULL");
    }
    apic_config copy = *cfg;
    if (copy.base_url == NULL) copy.base_url = SCHEMATIC_DEFAULT_BASE_URL;
    if (copy.user_agent == NULL) copy.user_agent = "schematic-c/" "0.1" " apic/" APIC_VERSION;
    if (copy.timeout_ms == 0) copy.timeout_ms = 60000;
    if (copy.retry.max_retries == 0) copy.retry.max_retries = 2;
    copy.conflict_is_final = true;
    int rc = apic_client_new(&copy, out, err);
    if (rc == 0) rc = apic_client_cache_op(*out, &schematic_features_check_flag_op, &schematic_cache_features_check_flag, err);
    if (rc == 0) rc = schematic_start(*out, &copy, err);
    if (rc != 0 && *out != NULL) {
        apic_client_free(*out);
        *out = NULL;
    }
    return rc;
}

void schematic_client_free(schematic_client *client)
{
    apic_client_free(client);
}

void schematic_error_clear(schematic_error *err)
{
    apic_error_clear(err);
}
