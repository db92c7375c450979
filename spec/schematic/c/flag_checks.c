/* Flag checks (flag_checks.h): what of Schematic's answer is kept, and which default answers.
 * The answer is kept in the cache sdk.yaml gives checkFlag, as an entry of its own kind ('A':
 * one byte of value, then the reason and the ids, each NUL-terminated), so a hit decodes no JSON
 * and allocates nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "schematic/schematic.h"

/* Pairs in a list, or -1 (with err set) for a name without a value or an empty name. */
static long count_pairs(const char *const *list, const char *what, apic_error *err)
{
    long n = 0;
    for (; list != NULL && list[2 * n] != NULL; n++) {
        if (list[2 * n][0] == '\0') {
            apic_error_set(err, APIC_E_ARG, "%s: key %ld has an empty name", what, n);
            return -1;
        }
        if (list[2 * n + 1] == NULL) {
            apic_error_set(err, APIC_E_ARG, "%s: the key '%.64s' has no value (the list is name, value, ..., NULL)", what,
                           list[2 * n]);
            return -1;
        }
    }
    return n;
}

/* src into dst[SCHEMATIC_FLAG_TEXT_MAX], cut to fit. */
static void copy_text(char *dst, const char *src)
{
    size_t n = src != NULL ? strnlen(src, SCHEMATIC_FLAG_TEXT_MAX - 1) : 0;
    if (n > 0) memcpy(dst, src, n);
    dst[n] = '\0';
}

/* The default of flag_key for this check. */
static void answer_default(schematic_client *client, const char *flag_key, const schematic_check_options *opts,
                           apic_flag_source source, const char *why, schematic_flag_result *r)
{
    memset(r, 0, sizeof *r);
    r->value = opts != NULL && opts->has_default ? opts->default_value : apic_flag_default_get(client, flag_key);
    r->source = source;
    copy_text(r->reason, why);
    char line[SCHEMATIC_FLAG_TEXT_MAX + 128];
    snprintf(line, sizeof line, "flag '%.64s': %s, the default answers %s", flag_key, r->reason, r->value ? "true" : "false");
    apic_client_log(client, source == APIC_FLAG_DEFAULT_OFFLINE ? APIC_LOG_DEBUG : APIC_LOG_WARN,
                    &schematic_features_check_flag_op, line);
}

/* --- the kept answer ---------------------------------------------------------------------- */

static size_t pack(const schematic_flag_result *r, char *out, size_t cap)
{
    const char *parts[] = {r->reason, r->flag_id, r->rule_id, r->company_id, r->user_id};
    size_t n = 1;
    out[0] = r->value ? '1' : '0';
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
        size_t len = strlen(parts[i]) + 1;
        if (n + len > cap) break; /* cannot happen: cap holds every part at its longest */
        memcpy(out + n, parts[i], len);
        n += len;
    }
    return n;
}

static void unpack(const char *in, size_t len, schematic_flag_result *r)
{
    char *parts[] = {r->reason, r->flag_id, r->rule_id, r->company_id, r->user_id};
    r->value = in[0] == '1';
    size_t at = 1;
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
        const char *p = at < len ? in + at : "";
        copy_text(parts[i], p);
        at += strlen(p) + 1;
    }
}

static void key_of(apic_cache_key *k, const char *flag_key, const char *const *company, long nc, const char *const *user,
                   long nu)
{
    apic_cache_key_init(k, 'A');
    apic_cache_key_add_str(k, flag_key);
    apic_cache_key_add_pairs(k, company, NULL, (size_t)nc, 2);
    apic_cache_key_add_pairs(k, user, NULL, (size_t)nu, 2);
}

/* --- asking Schematic ---------------------------------------------------------------------- */

/* A string map over a pair list: the strings are borrowed (the request only reads them). */
static bool to_map(const char *const *list, long n, apic_string_map *m)
{
    m->count = (size_t)n;
    m->keys = m->values = NULL;
    if (n == 0) return true;
    m->keys = malloc((size_t)n * sizeof *m->keys);
    m->values = malloc((size_t)n * sizeof *m->values);
    if (m->keys == NULL || m->values == NULL) return false;
    for (long i = 0; i < n; i++) {
        m->keys[i] = (char *)list[2 * i];
        m->values[i] = (char *)list[2 * i + 1];
    }
    return true;
}

static int ask(schematic_client *client, const char *flag_key, const char *const *company, long nc,
               const char *const *user, long nu, const schematic_check_options *opts, schematic_flag_result *r,
               bool *found, schematic_error *err)
{
    schematic_features_check_flag_params p = {(char *)flag_key};
    schematic_check_flag_request_body b;
    memset(&b, 0, sizeof b);
    /* Like the vendor's SDKs, empty keys are not sent at all. */
    b.has_company = nc > 0;
    b.has_user = nu > 0;
    int rc = 0;
    if (!to_map(company, nc, &b.company) || !to_map(user, nu, &b.user)) {
        rc = apic_error_set(err, APIC_E_NOMEM, "schematic_check_flag: out of memory");
    }
    /* The raw operation's own cache keeps whole responses; this check keeps its answer instead. */
    apic_request_options o = {.timeout_ms = opts != NULL ? opts->timeout_ms : 0, .cache = APIC_CACHE_SKIP};
    schematic_features_check_flag_response *res = NULL;
    if (rc == 0) rc = apic_call_with(client, &schematic_features_check_flag_op, &p, &b, &o, (void **)&res, err);
    free(b.company.keys);
    free(b.company.values);
    free(b.user.keys);
    free(b.user.values);
    *found = rc == 0 && res != NULL && res->data != NULL;
    if (*found) {
        const schematic_check_flag_response_data *d = res->data;
        memset(r, 0, sizeof *r);
        r->value = d->value;
        r->source = APIC_FLAG_FROM_API;
        copy_text(r->reason, d->reason);
        copy_text(r->flag_id, d->flag_id);
        copy_text(r->rule_id, d->rule_id);
        copy_text(r->company_id, d->company_id);
        copy_text(r->user_id, d->user_id);
    }
    schematic_features_check_flag_response_free(res);
    return rc;
}

/* The check; result may be NULL when only the value is wanted (a hit then copies nothing else). */
static int check(schematic_client *client, const char *flag_key, const char *const *company, const char *const *user,
                 const schematic_check_options *opts, schematic_flag_result *result, bool *on, schematic_error *err)
{
    schematic_flag_result local;
    schematic_flag_result *r = result != NULL ? result : &local;
    if (client == NULL || flag_key == NULL || *flag_key == '\0') {
        memset(r, 0, sizeof *r);
        if (on != NULL) *on = false;
        return apic_error_set(err, APIC_E_ARG, "schematic_check_flag: client and flag_key are required");
    }
    long nc = count_pairs(company, "company", err), nu = nc < 0 ? -1 : count_pairs(user, "user", err);
    if (nc < 0 || nu < 0) {
        answer_default(client, flag_key, opts, APIC_FLAG_DEFAULT_ERROR, "the keys are not a name/value list", r);
        if (on != NULL) *on = r->value;
        return APIC_E_ARG;
    }
    if (apic_client_offline(client)) {
        answer_default(client, flag_key, opts, APIC_FLAG_DEFAULT_OFFLINE, "offline mode", r);
        if (on != NULL) *on = r->value;
        return 0;
    }
    apic_cache *cache = apic_client_cache(client, &schematic_features_check_flag_op);
    apic_cache_key key;
    if (cache != NULL) key_of(&key, flag_key, company, nc, user, nu);
    char kept[1 + 5 * SCHEMATIC_FLAG_TEXT_MAX];
    size_t len = 0;
    if (cache != NULL && apic_cache_get(cache, &key, kept, sizeof kept, &len)) {
        apic_cache_key_release(&key);
        if (result != NULL) {
            unpack(kept, len, r);
            r->source = APIC_FLAG_FROM_CACHE;
        }
        if (on != NULL) *on = kept[0] == '1';
        /* A hit is the hot path: err is cleared only when something is in it. */
        if (err != NULL && (err->kind != APIC_OK || err->message[0] != '\0' || err->body != NULL || err->request_id != NULL)) {
            apic_error_clear(err);
        }
        if (err != NULL) {
            err->http_status = 200; /* as a call answered from a cache reports */
            err->attempts = 0;
        }
        return 0;
    }
    bool found = false;
    int rc = ask(client, flag_key, company, nc, user, nu, opts, r, &found, err);
    if (found) {
        if (cache != NULL) apic_cache_put(cache, &key, kept, pack(r, kept, sizeof kept));
    } else if (rc == 0) {
        answer_default(client, flag_key, opts, APIC_FLAG_DEFAULT_NOT_FOUND, "Schematic's answer holds no value", r);
    } else {
        char why[SCHEMATIC_FLAG_TEXT_MAX];
        copy_text(why, err != NULL ? err->message : apic_strerror(rc));
        answer_default(client, flag_key, opts, APIC_FLAG_DEFAULT_ERROR, why, r);
    }
    if (cache != NULL) apic_cache_key_release(&key);
    if (on != NULL) *on = r->value;
    return rc;
}

int schematic_check_flag(schematic_client *client, const char *flag_key, const char *const *company,
                         const char *const *user, bool *on, schematic_error *err)
{
    if (on == NULL) return apic_error_set(err, APIC_E_ARG, "schematic_check_flag: on must not be NULL");
    return check(client, flag_key, company, user, NULL, NULL, on, err);
}

int schematic_check_flag_with(schematic_client *client, const char *flag_key, const char *const *company,
                              const char *const *user, const schematic_check_options *opts, schematic_flag_result *result,
                              schematic_error *err)
{
    if (result == NULL) return apic_error_set(err, APIC_E_ARG, "schematic_check_flag_with: result must not be NULL");
    return check(client, flag_key, company, user, opts, result, NULL, err);
}

int schematic_set_flag_default(schematic_client *client, const char *flag_key, bool value, schematic_error *err)
{
    return apic_flag_default_set(client, flag_key, value, err);
}

int schematic_set_flag_defaults(schematic_client *client, const apic_flag_default *defaults, size_t n,
                                schematic_error *err)
{
    return apic_flag_defaults_set(client, defaults, n, err);
}
