/* Drives a WireMock server over its admin API (stubs, reset, request journal) for integration
 * tests. The server's URL comes from $WIREMOCK_URL, set by tests/integration/with-servers.sh. */
#ifndef TESTS_WIREMOCK_H
#define TESTS_WIREMOCK_H

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct wm_reply {
    long status;
    char *body;
    size_t len;
} wm_reply;

static size_t wm_collect(char *data, size_t size, size_t n, void *userp)
{
    wm_reply *r = (wm_reply *)userp;
    char *grown = (char *)realloc(r->body, r->len + size * n + 1);
    if (grown == NULL) return 0;
    memcpy(grown + r->len, data, size * n);
    r->body = grown;
    r->len += size * n;
    r->body[r->len] = '\0';
    return size * n;
}

/* The base URL of the WireMock server, or NULL when the test runs without one. */
static inline const char *wm_url(void)
{
    return getenv("WIREMOCK_URL");
}

/* Sends an admin request; returns the HTTP status (0 on transport failure). Caller frees reply body. */
static inline long wm_admin(const char *method, const char *path, const char *json, wm_reply *reply)
{
    char url[512];
    snprintf(url, sizeof url, "%s/__admin%s", wm_url(), path);
    CURL *h = curl_easy_init();
    if (h == NULL) return 0;
    struct curl_slist *hdrs = curl_slist_append(NULL, "Content-Type: application/json");
    wm_reply local = {0, NULL, 0};
    wm_reply *r = reply != NULL ? reply : &local;
    curl_easy_setopt(h, CURLOPT_URL, url);
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdrs);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, wm_collect);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, r);
    if (json != NULL) curl_easy_setopt(h, CURLOPT_POSTFIELDS, json);
    r->status = curl_easy_perform(h) == CURLE_OK ? 0 : -1;
    if (r->status == 0) curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &r->status);
    curl_slist_free_all(hdrs);
    curl_easy_cleanup(h);
    long status = r->status < 0 ? 0 : r->status;
    if (reply == NULL) free(local.body);
    return status;
}

/* Registers a stub mapping (WireMock JSON). Returns 1 on success. */
static inline int wm_stub(const char *mapping_json)
{
    return wm_admin("POST", "/mappings", mapping_json, NULL) == 201;
}

/* Removes all stubs, scenarios and the request journal. Returns 1 on success. */
static inline int wm_reset(void)
{
    return wm_admin("POST", "/reset", "", NULL) == 200;
}

/* Number of journal requests matching a request pattern (WireMock JSON), or -1. */
static inline long wm_count(const char *pattern_json)
{
    wm_reply r = {0, NULL, 0};
    long n = -1;
    if (wm_admin("POST", "/requests/count", pattern_json, &r) == 200 && r.body != NULL) {
        const char *c = strstr(r.body, "\"count\"");
        if (c != NULL && (c = strchr(c, ':')) != NULL) n = strtol(c + 1, NULL, 10);
    }
    free(r.body);
    return n;
}

#endif
