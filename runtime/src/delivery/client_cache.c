/* The caches of a client's operations (apic_client_cache_op in apic/client.h): made when the
 * generated constructor names them, before the client is shared, so calls read the list
 * without a lock. */
#include <stdlib.h>
#include <string.h>

#include "delivery/client_internal.h"

/* Whether name is a parameter or a body member of op: a key made of anything else would be
 * the same for every call. */
static bool names_a_value(const apic_operation *op, const char *name)
{
    const apic_struct_desc *d[2] = {op->params, op->body != NULL && op->body->kind == APIC_OBJECT ? op->body->object : NULL};
    for (int k = 0; k < 2; k++) {
        for (size_t i = 0; d[k] != NULL && i < d[k]->n_fields; i++) {
            if (strcmp(d[k]->fields[i].name, name) == 0) return true;
        }
    }
    return false;
}

int apic_client_cache_op(apic_client *client, const apic_operation *op, const apic_cache_spec *spec, apic_error *err)
{
    if (client == NULL || op == NULL || spec == NULL || spec->key == NULL) {
        return apic_error_set(err, APIC_E_ARG, "apic_client_cache_op: client, op and spec (with its key) are required");
    }
    for (const char *const *k = spec->key; *k != NULL; k++) {
        if (!names_a_value(op, *k)) {
            return apic_error_set(err, APIC_E_ARG, "apic_client_cache_op: the cache key `%s` of %s is neither a parameter "
                                  "nor a body member", *k, op->name);
        }
    }
    if (client->offline || apic_client_cache(client, op) != NULL) return 0;
    size_t entries = spec->max_entries > 0 ? spec->max_entries : APIC_CACHE_DEFAULT_MAX_ENTRIES;
    long ttl = spec->ttl_ms > 0 ? spec->ttl_ms : APIC_CACHE_DEFAULT_TTL_MS;
    if (client->has_cache_settings) {
        entries = client->cache_settings.max_entries;
        ttl = client->cache_settings.ttl_ms;
    }
    if (entries == 0 || ttl <= 0) return 0; /* turned off */
    apic_op_cache *grown = realloc(client->caches, (client->n_caches + 1) * sizeof *grown);
    if (grown == NULL) return apic_error_set(err, APIC_E_NOMEM, "apic_client_cache_op: out of memory");
    client->caches = grown;
    apic_op_cache *c = &client->caches[client->n_caches];
    *c = (apic_op_cache){op, spec, NULL};
    int rc = apic_cache_new(entries, ttl, &c->cache, err);
    if (rc == APIC_E_ARG) {
        return apic_error_set(err, APIC_E_CONFIG, "config.cache: max_entries %zu and ttl_ms %ld make no cache", entries, ttl);
    }
    if (rc == 0) client->n_caches++;
    return rc;
}

apic_cache *apic_client_cache(const apic_client *client, const apic_operation *op)
{
    for (size_t i = 0; client != NULL && i < client->n_caches; i++) {
        if (client->caches[i].op == op) return client->caches[i].cache;
    }
    return NULL;
}

void apic_client_cache_clear(apic_client *client)
{
    for (size_t i = 0; client != NULL && i < client->n_caches; i++) apic_cache_clear(client->caches[i].cache);
}

bool apic_client_offline(const apic_client *client)
{
    return client != NULL && client->offline;
}
