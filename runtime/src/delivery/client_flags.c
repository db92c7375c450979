/* The client's flag defaults (apic/flags.h), kept in its flag table. */
#include "delivery/client_internal.h"

const char *apic_flag_source_name(apic_flag_source source)
{
    switch (source) {
    case APIC_FLAG_FROM_API: return "api";
    case APIC_FLAG_FROM_CACHE: return "cache";
    case APIC_FLAG_DEFAULT_OFFLINE: return "default: offline";
    case APIC_FLAG_DEFAULT_ERROR: return "default: error";
    case APIC_FLAG_DEFAULT_NOT_FOUND: return "default: not found";
    }
    return "unknown";
}

int apic_flag_default_set(apic_client *client, const char *key, bool value, apic_error *err)
{
    if (client == NULL) return apic_error_set(err, APIC_E_ARG, "apic_flag_default_set: client must not be NULL");
    apic_flag_default d = {key, value};
    return apic_flag_table_set(&client->flags, &d, 1, "flag default", err);
}

int apic_flag_defaults_set(apic_client *client, const apic_flag_default *defaults, size_t n, apic_error *err)
{
    if (client == NULL) return apic_error_set(err, APIC_E_ARG, "apic_flag_defaults_set: client must not be NULL");
    return apic_flag_table_set(&client->flags, defaults, n, "defaults", err);
}

bool apic_flag_default_get(const apic_client *client, const char *key)
{
    /* The table's lock is the only thing that changes, so reading through a const client is sound. */
    return client != NULL && apic_flag_table_get((apic_flag_table *)&client->flags, key);
}
