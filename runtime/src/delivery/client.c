/* The client's lifetime: the configuration is checked (every error names its key), copied,
 * and the transport created. Calls live in call.c. */
#include <openssl/crypto.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "apic/version.h"
#include "base/base64.h"
#include "base/secret.h"
#include "base/text.h"
#include "delivery/client_internal.h"
#include "delivery/dead_letter_internal.h"
#include "http/retry_internal.h"

/* --- configuration ------------------------------------------------------------------------ */

/* A base URL (config.base_url, config.servers[i].url) or a complete events URL (with_query:
 * config.events_endpoint): what is wrong with it, named by key. */
static int check_url(const char *u, const char *key, bool with_query, apic_error *err)
{
    if (u == NULL || *u == '\0') return apic_error_set(err, APIC_E_CONFIG, "%s: is required", key);
    size_t scheme = apic_has_prefix_nocase(u, "http://") ? 7 : apic_has_prefix_nocase(u, "https://") ? 8 : 0;
    if (scheme == 0) return apic_error_set(err, APIC_E_CONFIG, "%s: must start with http:// or https://", key);
    if (u[scheme] == '\0' || u[scheme] == '/') return apic_error_set(err, APIC_E_CONFIG, "%s: has no host", key);
    for (const char *p = u; *p != '\0'; p++) {
        if ((unsigned char)*p <= ' ' || *p == 0x7f) {
            return apic_error_set(err, APIC_E_CONFIG, "%s: must not contain spaces or control characters", key);
        }
        /* Paths are appended to the base URL, so a query or fragment there would swallow them. */
        if ((*p == '?' && !with_query) || *p == '#') {
            return apic_error_set(err, APIC_E_CONFIG, "%s: must not contain a %s", key,
                                  with_query ? "fragment" : "query or fragment");
        }
    }
    /* Refused rather than sent: a URL is logged, written to dead letters and named in errors,
     * and credentials there would be sent to whatever host a path or redirect leads to. */
    if (apic_url_has_userinfo(u)) {
        return apic_error_set(err, APIC_E_CONFIG, "%s: must not contain credentials (user:password@host); set "
                              "config.username and config.password, or config.token, instead", key);
    }
    return 0;
}

static int check_base_url(const char *u, const char *key, apic_error *err)
{
    return check_url(u, key, false, err);
}

static int check_servers(const apic_config *cfg, apic_error *err)
{
    if (cfg->n_servers > 0 && cfg->servers == NULL) {
        return apic_error_set(err, APIC_E_CONFIG, "config.servers: is NULL but n_servers is %zu", cfg->n_servers);
    }
    for (size_t i = 0; i < cfg->n_servers; i++) {
        char key[48];
        snprintf(key, sizeof key, "config.servers[%zu].url", i);
        if (cfg->servers[i].spec_url == NULL || *cfg->servers[i].spec_url == '\0') {
            return apic_error_set(err, APIC_E_CONFIG, "config.servers[%zu].spec_url: is required (a server of the spec, or \"*\")", i);
        }
        int rc = check_base_url(cfg->servers[i].url, key, err);
        if (rc != 0) return rc;
    }
    return 0;
}

static int check_config(const apic_config *cfg, apic_error *err)
{
    int rc = check_base_url(cfg->base_url, "config.base_url", err);
    if (rc == 0) rc = check_servers(cfg, err);
    if (rc != 0) return rc;
    if ((rc = apic_check_duration_ms(cfg->timeout_ms, "config.timeout_ms", APIC_E_CONFIG, err)) != 0 ||
        (rc = apic_check_duration_ms(cfg->connect_timeout_ms, "config.connect_timeout_ms", APIC_E_CONFIG, err)) != 0 ||
        (rc = apic_retry_policy_check(&cfg->retry, "config.retry", APIC_E_CONFIG, err)) != 0) {
        return rc;
    }
    if (apic_has_control(cfg->token, true)) return apic_error_set(err, APIC_E_CONFIG, "config.token: must not contain control characters");
    if (apic_has_control(cfg->api_key, true)) {
        return apic_error_set(err, APIC_E_CONFIG, "config.api_key: must not contain control characters");
    }
    if (apic_has_control(cfg->user_agent, true)) {
        return apic_error_set(err, APIC_E_CONFIG, "config.user_agent: must not contain control characters");
    }
    /* RFC 7617: the user-id of Basic authentication cannot contain a colon. */
    if (cfg->username != NULL && strchr(cfg->username, ':') != NULL) {
        return apic_error_set(err, APIC_E_CONFIG, "config.username: must not contain ':'");
    }
    if (cfg->transport != NULL && cfg->transport->send == NULL) {
        return apic_error_set(err, APIC_E_CONFIG, "config.transport: send must not be NULL");
    }
    if (cfg->transport == NULL && cfg->ca_file != NULL && access(cfg->ca_file, R_OK) != 0) {
        return apic_error_set(err, APIC_E_CONFIG, "config.ca_file: cannot read '%s'", cfg->ca_file);
    }
    if (cfg->n_path_params > 0 && cfg->path_params == NULL) {
        return apic_error_set(err, APIC_E_CONFIG, "config.path_params: is NULL but n_path_params is %zu", cfg->n_path_params);
    }
    for (size_t i = 0; i < cfg->n_path_params; i++) {
        const apic_param_value *p = &cfg->path_params[i];
        if (p->name == NULL || *p->name == '\0' || p->value == NULL) {
            return apic_error_set(err, APIC_E_CONFIG, "config.path_params[%zu]: needs a name and a value", i);
        }
    }
    if (cfg->n_webhook_secrets > 0 && cfg->webhook_secrets == NULL) {
        return apic_error_set(err, APIC_E_CONFIG, "config.webhook_secrets: is NULL but n_webhook_secrets is %zu",
                              cfg->n_webhook_secrets);
    }
    if (cfg->n_webhook_secrets > 0 && cfg->webhook_scheme == NULL) {
        return apic_error_set(err, APIC_E_CONFIG, "config.webhook_secrets: needs config.webhook_scheme (how the webhooks "
                              "are signed)");
    }
    if (cfg->cache != NULL && cfg->cache->ttl_ms < 0) {
        return apic_error_set(err, APIC_E_CONFIG, "config.cache.ttl_ms: must not be negative (0 turns caching off)");
    }
    if (apic_has_control(cfg->proxy, true) || (cfg->proxy != NULL && strchr(cfg->proxy, ' ') != NULL)) {
        return apic_error_set(err, APIC_E_CONFIG, "config.proxy: must be a URL such as http://127.0.0.1:3128, or \"\" "
                              "for none (no spaces or control characters)");
    }
    if (cfg->n_flag_defaults > 0 && cfg->flag_defaults == NULL) {
        return apic_error_set(err, APIC_E_CONFIG, "config.flag_defaults: is NULL but n_flag_defaults is %zu",
                              cfg->n_flag_defaults);
    }
    for (size_t i = 0; i < cfg->n_flag_defaults; i++) {
        if (cfg->flag_defaults[i].key == NULL || cfg->flag_defaults[i].key[0] == '\0') {
            return apic_error_set(err, APIC_E_CONFIG, "config.flag_defaults[%zu].key: a flag key is required", i);
        }
    }
    if (cfg->signer != NULL && cfg->signer->sign == NULL) {
        return apic_error_set(err, APIC_E_CONFIG, "config.signer: sign must not be NULL");
    }
    if (apic_has_control(cfg->event_source, true)) {
        return apic_error_set(err, APIC_E_CONFIG, "config.event_source: must not contain control characters");
    }
    if (cfg->idempotency_header != NULL && !apic_is_header_name(cfg->idempotency_header)) {
        return apic_error_set(err, APIC_E_CONFIG, "config.idempotency_header: must be a header name (letters, digits "
                              "and !#$%%&'*+-.^_`|~; no space, colon or control character)");
    }
    const char *ep = cfg->events_endpoint;
    if (ep != NULL) {
        if (ep[0] != '/' && !apic_has_prefix_nocase(ep, "http://") && !apic_has_prefix_nocase(ep, "https://")) {
            return apic_error_set(err, APIC_E_CONFIG, "config.events_endpoint: must be a path starting with '/' or an "
                                  "http(s) URL");
        }
        if (ep[0] != '/') return check_url(ep, "config.events_endpoint", true, err);
        for (const char *p = ep; *p != '\0'; p++) {
            if ((unsigned char)*p <= ' ' || *p == 0x7f || *p == '#') {
                return apic_error_set(err, APIC_E_CONFIG, "config.events_endpoint: must not contain spaces, control "
                                      "characters or a fragment");
            }
        }
    }
    return 0;
}

/* The events URL: the endpoint itself when it is a URL, else the origin of base_url + the path. */
static char *events_url(const char *base_url, const char *endpoint)
{
    if (endpoint == NULL) endpoint = APIC_DEFAULT_EVENTS_ENDPOINT;
    size_t origin = 0;
    if (endpoint[0] == '/') {
        const char *host = strstr(base_url, "://") + 3; /* check_config saw the scheme */
        origin = (size_t)(host - base_url) + strcspn(host, "/");
    }
    size_t n = strlen(endpoint);
    char *url = malloc(origin + n + 1);
    if (url != NULL) {
        memcpy(url, base_url, origin);
        memcpy(url + origin, endpoint, n + 1);
    }
    return url;
}

/* Copies s; an empty credential counts as not configured, so it never selects a scheme. */
static bool dup_str(const char *s, bool empty_is_null, char **out)
{
    *out = NULL;
    if (s == NULL || (empty_is_null && *s == '\0')) return true;
    size_t n = strlen(s) + 1;
    *out = malloc(n);
    if (*out != NULL) memcpy(*out, s, n);
    return *out != NULL;
}

static void free_fields(apic_client *c)
{
    free(c->http.base_url);
    apic_free_secret(c->http.token);
    apic_free_secret(c->http.api_key);
    free(c->http.username);
    apic_free_secret(c->http.password);
    apic_free_secret(c->http.hmac_secret);
    apic_hmac_key_free(c->http.hmac_key);
    free(c->http.user_agent);
    free(c->events_url);
    free(c->event_source);
    free(c->http.idempotency_header);
    apic_dead_letter_sink_free(c->dead_letter);
    apic_webhook_verifier_free(c->webhooks);
    apic_log_teardown(&c->log);
    for (size_t i = 0; i < c->n_caches; i++) apic_cache_free(c->caches[i].cache);
    free(c->caches);
    for (size_t i = 0; i < c->http.n_path_params; i++) {
        free((char *)c->http.path_params[i].name);
        free((char *)c->http.path_params[i].value);
    }
    free(c->http.path_params);
    for (size_t i = 0; i < c->http.n_servers; i++) {
        free((char *)c->http.servers[i].spec_url);
        free((char *)c->http.servers[i].url);
    }
    free(c->http.servers);
    OPENSSL_cleanse(c->encryption_key, sizeof c->encryption_key);
    if (c->has_flags) apic_flag_table_free(&c->flags);
}

/* Copies the defaults of path parameters. false when out of memory. */
static bool copy_path_params(apic_client *c, const apic_config *cfg)
{
    if (cfg->n_path_params == 0) return true;
    c->http.path_params = calloc(cfg->n_path_params, sizeof *c->http.path_params);
    if (c->http.path_params == NULL) return false;
    for (size_t i = 0; i < cfg->n_path_params; i++) {
        c->http.n_path_params = i + 1;
        c->http.path_params[i].name = strdup(cfg->path_params[i].name);
        c->http.path_params[i].value = strdup(cfg->path_params[i].value);
        if (c->http.path_params[i].name == NULL || c->http.path_params[i].value == NULL) return false;
    }
    return true;
}

/* Copies where operations with servers of their own go. false when out of memory. */
static bool copy_servers(apic_client *c, const apic_config *cfg)
{
    if (cfg->n_servers == 0) return true;
    c->http.servers = calloc(cfg->n_servers, sizeof *c->http.servers);
    if (c->http.servers == NULL) return false;
    for (size_t i = 0; i < cfg->n_servers; i++) {
        c->http.n_servers = i + 1;
        c->http.servers[i].spec_url = strdup(cfg->servers[i].spec_url);
        c->http.servers[i].url = strdup(cfg->servers[i].url);
        if (c->http.servers[i].spec_url == NULL || c->http.servers[i].url == NULL) return false;
    }
    return true;
}

/* The master key of encrypted channels, decoded; 0 or APIC_E_CONFIG naming the key. */
static int decode_master_key(apic_client *c, const char *b64, apic_error *err)
{
    if (b64 == NULL) return 0;
    size_t n = strlen(b64);
    unsigned char key[APIC_BASE64_LEN(32) / 4 * 3];
    long got = n == APIC_BASE64_LEN(32) ? apic_base64_decode_to(key, b64, n) : -1;
    if (got != 32) {
        OPENSSL_cleanse(key, sizeof key);
        return apic_error_set(err, APIC_E_CONFIG, "config.encryption_master_key_base64: must be base64 of exactly 32 "
                              "bytes (44 characters)");
    }
    memcpy(c->encryption_key, key, 32);
    OPENSSL_cleanse(key, sizeof key);
    c->has_encryption_key = true;
    return 0;
}

int apic_client_new(const apic_config *cfg, apic_client **out, apic_error *err)
{
    if (out == NULL) return apic_error_set(err, APIC_E_ARG, "apic_client_new: out must not be NULL");
    *out = NULL;
    if (cfg == NULL) return apic_error_set(err, APIC_E_ARG, "apic_client_new: cfg must not be NULL");
    int rc = check_config(cfg, err);
    if (rc != 0) return rc;

    apic_client *c = calloc(1, sizeof *c);
    if (c == NULL) return apic_error_set(err, APIC_E_NOMEM, "apic_client_new: out of memory");
    c->has_flags = apic_flag_table_init(&c->flags) == 0;
    if (!c->has_flags || apic_flag_table_set(&c->flags, cfg->flag_defaults, cfg->n_flag_defaults, "config.flag_defaults",
                                             err) != 0) {
        free_fields(c);
        free(c);
        return apic_error_set(err, APIC_E_NOMEM, "apic_client_new: out of memory");
    }
    c->offline = cfg->offline;
    c->conflict_is_final = cfg->conflict_is_final;
    c->max_response_bytes = cfg->max_response_bytes > 0 ? cfg->max_response_bytes : APIC_DEFAULT_MAX_RESPONSE_BYTES;
    c->max_response_header_bytes =
        cfg->max_response_header_bytes > 0 ? cfg->max_response_header_bytes : APIC_DEFAULT_MAX_RESPONSE_HEADER_BYTES;
    c->max_redirects = cfg->max_redirects < APIC_MAX_REDIRECTS ? cfg->max_redirects : APIC_MAX_REDIRECTS;
    if (cfg->cache != NULL) {
        c->cache_settings = *cfg->cache;
        c->has_cache_settings = true;
    }
    if (!dup_str(cfg->base_url, false, &c->http.base_url) || !dup_str(cfg->token, true, &c->http.token) ||
        !dup_str(cfg->api_key, true, &c->http.api_key) || !dup_str(cfg->username, true, &c->http.username) ||
        !dup_str(cfg->password, false, &c->http.password) ||
        !dup_str(cfg->hmac_secret, true, &c->http.hmac_secret) ||
        !dup_str(cfg->user_agent != NULL ? cfg->user_agent : "apic/" APIC_VERSION, false, &c->http.user_agent) ||
        !dup_str(cfg->event_source != NULL ? cfg->event_source : APIC_DEFAULT_EVENT_SOURCE, false, &c->event_source) ||
        !dup_str(cfg->idempotency_header != NULL ? cfg->idempotency_header : "Idempotency-Key", false,
                 &c->http.idempotency_header) ||
        (c->events_url = events_url(cfg->base_url, cfg->events_endpoint)) == NULL ||
        (c->http.hmac_secret != NULL && (c->http.hmac_key = apic_hmac_key_new(c->http.hmac_secret, strlen(c->http.hmac_secret))) == NULL)) {
        free_fields(c);
        free(c);
        return apic_error_set(err, APIC_E_NOMEM, "apic_client_new: out of memory");
    }
    c->timeout_ms = cfg->timeout_ms > 0 ? cfg->timeout_ms : APIC_DEFAULT_TIMEOUT_MS;
    c->connect_timeout_ms = cfg->connect_timeout_ms > 0 ? cfg->connect_timeout_ms : APIC_DEFAULT_CONNECT_TIMEOUT_MS;
    if (cfg->signer != NULL) {
        c->http.has_signer = true;
        c->http.signer = *cfg->signer;
    }
    c->retry = cfg->retry;
    apic_logger *l = &c->log;
    l->level = cfg->log_level;
    l->sink = cfg->log_sink;
    l->ctx = cfg->log_ctx;
    l->redact_pii = cfg->redact_pii;
    l->body_max = cfg->log_body_max;
    const char *secrets[APIC_LOG_SECRETS] = {c->http.token, c->http.api_key, c->http.password, c->http.hmac_secret};
    memcpy(l->secrets, secrets, sizeof secrets);
    if (apic_log_setup(l, cfg->pii_keys) != 0) {
        free_fields(c);
        free(c);
        return apic_error_set(err, APIC_E_NOMEM, "apic_client_new: out of memory");
    }
    if (!copy_path_params(c, cfg) || !copy_servers(c, cfg)) {
        free_fields(c);
        free(c);
        return apic_error_set(err, APIC_E_NOMEM, "apic_client_new: out of memory");
    }
    if ((rc = decode_master_key(c, cfg->encryption_master_key_base64, err)) != 0) {
        free_fields(c);
        free(c);
        return rc;
    }
    c->webhook_scheme = cfg->webhook_scheme;
    if (cfg->n_webhook_secrets > 0 &&
        (rc = apic_webhook_verifier_new(cfg->webhook_scheme, cfg->webhook_secrets, cfg->n_webhook_secrets,
                                        cfg->webhook_tolerance_s, &c->webhooks, err)) != 0) {
        if (err != NULL && rc == APIC_E_CONFIG) {
            char why[sizeof err->message];
            snprintf(why, sizeof why, "%s", err->message);
            apic_error_set(err, APIC_E_CONFIG, "config.webhook_secrets: %s", why);
        }
        free_fields(c);
        free(c);
        return rc;
    }
    if (cfg->dead_letter != NULL && (rc = apic_dead_letter_sink_new(cfg->dead_letter, c->http.base_url, &c->dead_letter, err)) != 0) {
        free_fields(c);
        free(c);
        return rc;
    }

    if (cfg->transport != NULL) {
        c->transport = *cfg->transport;
    } else {
        apic_curl_options o = {cfg->ca_file, c->http.user_agent, 0, cfg->http_version, cfg->multiplex, cfg->proxy,
                               cfg->pinned_public_key};
        rc = apic_curl_transport_new(&o, &c->transport, err);
        if (rc != 0) {
            free_fields(c);
            free(c);
            return rc;
        }
    }
    *out = c;
    return 0;
}

const char *apic_client_event_source(const apic_client *client)
{
    return client != NULL ? client->event_source : NULL;
}

void apic_client_free(apic_client *client)
{
    if (client == NULL || !apic_async_release(client)) return;
    /* The queue's thread sends through the transport: it goes first. */
    if (client->queue_teardown != NULL) client->queue_teardown(client);
    if (client->transport.destroy != NULL) client->transport.destroy(client->transport.ctx);
    free_fields(client);
    free(client);
}

