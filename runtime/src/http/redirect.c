/* Redirects: where they go and whose they are. URLs are parsed by libcurl's URL API, the parser
 * the transport itself uses, so that the origin compared here is the one connected to. */
#include "http/redirect.h"

#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

bool apic_redirect_status(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

const char *apic_redirect_method(int status, const char *method, bool *keep_body)
{
    *keep_body = true;
    if (strcmp(method, "HEAD") == 0) return method;
    /* RFC 9110 15.4: 303 is answered with a GET; 301 and 302 after a POST are too, as every
     * browser and libcurl do. 307 and 308 repeat the request as it was. */
    if (status == 303 || ((status == 301 || status == 302) && strcmp(method, "POST") == 0)) {
        *keep_body = false;
        return "GET";
    }
    return method;
}

int apic_redirect_target(const char *url, const char *location, char **out, apic_error *err)
{
    *out = NULL;
    CURLU *u = curl_url();
    if (u == NULL) return apic_error_set(err, APIC_E_NOMEM, "out of memory following a redirect");
    CURLUcode uc = curl_url_set(u, CURLUPART_URL, url, 0);
    /* Set over the request's URL, a relative reference is resolved against it. */
    if (uc == CURLUE_OK) uc = curl_url_set(u, CURLUPART_URL, location, CURLU_ALLOW_SPACE | CURLU_URLENCODE);
    char *scheme = NULL;
    if (uc == CURLUE_OK) uc = curl_url_get(u, CURLUPART_SCHEME, &scheme, 0);
    bool http = uc == CURLUE_OK && (strcasecmp(scheme, "http") == 0 || strcasecmp(scheme, "https") == 0);
    curl_free(scheme);
    if (http) {
        /* Credentials in a Location are the server's, not to be used; a fragment is never sent. */
        curl_url_set(u, CURLUPART_USER, NULL, 0);
        curl_url_set(u, CURLUPART_PASSWORD, NULL, 0);
        curl_url_set(u, CURLUPART_OPTIONS, NULL, 0);
        curl_url_set(u, CURLUPART_FRAGMENT, NULL, 0);
        char *s = NULL;
        uc = curl_url_get(u, CURLUPART_URL, &s, 0);
        if (uc == CURLUE_OK) {
            *out = strdup(s);
            curl_free(s);
        }
    }
    curl_url_cleanup(u);
    if (uc == CURLUE_OUT_OF_MEMORY || (http && uc == CURLUE_OK && *out == NULL)) {
        return apic_error_set(err, APIC_E_NOMEM, "out of memory following a redirect");
    }
    if (!http || uc != CURLUE_OK) {
        return apic_error_set(err, APIC_E_HTTP, "the redirect's Location is no http(s) URL: not followed");
    }
    return 0;
}

/* The scheme, host and port of url, each a string for curl_free(). false when it cannot be parsed. */
static bool origin_of(const char *url, char **scheme, char **host, char **port)
{
    *scheme = *host = *port = NULL;
    CURLU *u = curl_url();
    if (u == NULL) return false;
    bool ok = curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
              curl_url_get(u, CURLUPART_SCHEME, scheme, 0) == CURLUE_OK &&
              curl_url_get(u, CURLUPART_HOST, host, 0) == CURLUE_OK &&
              curl_url_get(u, CURLUPART_PORT, port, CURLU_DEFAULT_PORT) == CURLUE_OK;
    curl_url_cleanup(u);
    return ok;
}

bool apic_same_origin(const char *a, const char *b)
{
    char *as, *ah, *ap, *bs, *bh, *bp;
    bool ok = origin_of(a, &as, &ah, &ap);
    ok = origin_of(b, &bs, &bh, &bp) && ok;
    bool same = ok && strcasecmp(as, bs) == 0 && strcasecmp(ah, bh) == 0 && strcmp(ap, bp) == 0;
    curl_free(as);
    curl_free(ah);
    curl_free(ap);
    curl_free(bs);
    curl_free(bh);
    curl_free(bp);
    return same;
}

bool apic_header_is_credential(const char *name)
{
    return strcasecmp(name, "Authorization") == 0 || strcasecmp(name, "Proxy-Authorization") == 0 ||
           strcasecmp(name, "Cookie") == 0;
}
