/* The libcurl transport.
 *
 * Each easy handle keeps its own connection cache, so handles are pooled rather than
 * created per request: a sequential caller gets the same handle (and its keep-alive
 * connection) back every time, while concurrent callers each take a handle of their own.
 * A handle gets the options that never change once, when it is created; every request then
 * sets all of the others (method, body, headers, timeouts, buffers), so nothing of one request
 * can leak into the next, and a returned handle points at nothing of the request that used it.
 * (curl_easy_reset() between requests would do the same at the cost of reparsing them all:
 * about 5% of single-event throughput, see bench/.)
 *
 * What a server sends is bounded as it arrives: the header lines of an exchange by
 * max_header_bytes, the body by max_body_bytes counted after gzip or deflate decoding (curl
 * hands the callbacks decoded bytes), so that a few kilobytes that inflate to a gigabyte are
 * refused once the limit is passed, never held. A Content-Length over the limit is refused
 * before any of the body is read. TLS is 1.2 at least; the peer's certificate and name are
 * always verified, and its public key checked against a pin when one is configured. */
#include <curl/curl.h>
#include <openssl/crypto.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "apic/transport.h"
#include "base/secret.h"
#include "http/curl_mux.h"
#include "http/curl_xfer.h"

enum { DEFAULT_MAX_IDLE = 16 };

struct apic_curl_pool {
    pthread_mutex_t lock;
    CURL **idle;
    size_t n_idle;
    size_t max_idle;
    char *ca_file;
    char *user_agent;
    char *proxy;        /* configured proxy ("" = none); NULL = the environment's */
    char *pinned_public_key; /* CURLOPT_PINNEDPUBLICKEY, or NULL */
    long http_version;  /* CURLOPT_HTTP_VERSION */
    bool h2c_no_reuse;  /* prior knowledge on a libcurl whose reuse of it is broken (see configure()) */
    apic_curl_mux *mux; /* with multiplex: the thread every transfer runs on; else NULL */
};
typedef struct apic_curl_pool pool;

/* curl_global_init is not thread-safe and must run once per process; it is never undone
 * here because other code in the process may be using libcurl too. */
static pthread_once_t global_once = PTHREAD_ONCE_INIT;
static CURLcode global_rc = CURLE_FAILED_INIT;

static void global_init(void)
{
    global_rc = curl_global_init(CURL_GLOBAL_DEFAULT);
}

static CURLcode configure_once(const pool *p, CURL *h);
static int curl_send(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err);

static CURL *take(pool *p)
{
    CURL *h = NULL;
    pthread_mutex_lock(&p->lock);
    if (p->n_idle > 0) h = p->idle[--p->n_idle];
    pthread_mutex_unlock(&p->lock);
    if (h != NULL) return h;
    h = curl_easy_init();
    if (h != NULL && configure_once(p, h) != CURLE_OK) {
        curl_easy_cleanup(h);
        h = NULL;
    }
    return h;
}

/* Drops every pointer into the finished request (its body, headers, buffers). */
static void clear_request(CURL *h)
{
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, NULL);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, NULL);
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, NULL);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, NULL);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, NULL);
}

/* A handle cleared of its request, back to the pool (or freed when the pool is full). */
static void give_back(pool *p, CURL *h)
{
    pthread_mutex_lock(&p->lock);
    if (p->n_idle < p->max_idle) {
        p->idle[p->n_idle++] = h;
        h = NULL;
    }
    pthread_mutex_unlock(&p->lock);
    if (h != NULL) curl_easy_cleanup(h);
}

/* --- callbacks ---------------------------------------------------------------------------- */

typedef struct exchange {
    apic_http_response *res;
    CURL *h;
    const apic_body_sink *sink; /* where a 2xx body goes as it arrives, or NULL */
    bool nomem;   /* a callback ran out of memory; curl only reports a write error */
    bool stopped; /* the sink ended the transfer: a write error that is a success */
    bool h2c_no_reuse; /* see configure() */
    bool head;    /* a HEAD request: its Content-Length announces a body that never comes */
    size_t max_body;    /* 0: no limit */
    size_t max_headers; /* 0: no limit */
    size_t header_bytes; /* header lines received so far, of every response of the exchange */
    bool body_too_large;    /* a callback ended the transfer at max_body */
    bool headers_too_large; /* ... at max_headers */
    long too_large_status;  /* the status of the response that was too large */
} exchange;

static long status_now(const exchange *x)
{
    long code = 0;
    curl_easy_getinfo(x->h, CURLINFO_RESPONSE_CODE, &code);
    return code;
}

static size_t body_too_large(exchange *x)
{
    x->body_too_large = true;
    x->too_large_status = status_now(x);
    return 0;
}

static size_t on_body(char *data, size_t size, size_t n, void *ud)
{
    exchange *x = ud;
    size_t len = size * n;
    if (x->sink != NULL) {
        /* The body starts once the final response's headers are in: its status is known. */
        long code = status_now(x);
        x->res->status = (int)code;
        if (code >= 200 && code < 300) {
            if (x->sink->write(x->sink->ctx, x->res, data, len) == 0) return len;
            x->stopped = true;
            return 0;
        }
    }
    /* Checked before anything is kept: the body never holds more than the limit. */
    if (x->max_body > 0 && len > x->max_body - x->res->body.len) return body_too_large(x);
    if (apic_buf_append(&x->res->body, data, len) != 0) {
        x->nomem = true;
        return 0;
    }
    return len;
}

static void drop_headers(apic_http_response *res)
{
    for (size_t i = 0; i < res->n_headers; i++) {
        free(res->header_names[i]);
        free(res->header_values[i]);
    }
    free(res->header_names);
    free(res->header_values);
    res->header_names = NULL;
    res->header_values = NULL;
    res->n_headers = 0;
}

static bool blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* Whether the headers of the response now complete announce a body over the limit: a
 * Content-Length larger than max_body, when the body is not encoded (a compressed body's
 * length says nothing of its size once decoded: that is counted as it arrives). */
static bool announced_too_large(const exchange *x)
{
    if (x->max_body == 0 || x->head) return false;
    long code = status_now(x);
    if (code < 200 || code == 204 || code == 304) return false;
    if (x->sink != NULL && code < 300) return false; /* a stream's body goes to the sink, unbounded */
    const char *coding = apic_http_response_header(x->res, "Content-Encoding");
    if (coding != NULL && strcmp(coding, "identity") != 0) return false;
    const char *cl = apic_http_response_header(x->res, "Content-Length");
    if (cl == NULL) return false;
    char *end = NULL;
    unsigned long long v = strtoull(cl, &end, 10);
    return end != cl && *end == '\0' && cl[0] != '-' && v > (unsigned long long)x->max_body;
}

/* curl passes every header line of every response it reads, interim ones (100 Continue)
 * included; only the headers of the final response are kept, but all of them count toward
 * max_headers. */
static size_t on_header(char *data, size_t size, size_t n, void *ud)
{
    exchange *x = ud;
    size_t len = size * n;
    x->header_bytes += len;
    if (x->max_headers > 0 && x->header_bytes > x->max_headers) {
        x->headers_too_large = true;
        x->too_large_status = status_now(x);
        return 0;
    }
    size_t end = len;
    while (end > 0 && blank(data[end - 1])) end--;
    if (end >= 5 && memcmp(data, "HTTP/", 5) == 0) {
        drop_headers(x->res);
        return len;
    }
    if (end == 0 && announced_too_large(x)) return body_too_large(x);
    const char *colon = end > 0 ? memchr(data, ':', end) : NULL;
    if (colon == NULL || colon == data) return len; /* blank separator line or malformed: nothing to keep */
    size_t name_len = (size_t)(colon - data);
    const char *value = colon + 1;
    while (value < data + end && blank(*value)) value++;
    if (apic_http_response_add_header(x->res, data, name_len, value, (size_t)(data + end - value)) != 0) {
        x->nomem = true;
        return 0;
    }
    return len;
}

/* --- one request -------------------------------------------------------------------------- */

/* The method goes on the request line verbatim, so only a plain token is accepted. */
static bool method_ok(const char *m)
{
    if (*m == '\0') return false;
    for (; *m != '\0'; m++) {
        if (*m < 'A' || *m > 'Z') return false;
    }
    return true;
}

/* RFC 9110 token characters: anything else in a name would corrupt the request. */
static bool header_name_ok(const char *n)
{
    if (*n == '\0') return false;
    for (; *n != '\0'; n++) {
        unsigned char c = (unsigned char)*n;
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || strchr("!#$%&'*+-.^_`|~", c))) {
            return false;
        }
    }
    return true;
}

/* Adds "Name: value" to the list. curl reads "Name:" as "remove this header", so an empty
 * value is written "Name;", which curl sends as an empty header. curl copies the line, so it is
 * put together on the stack when it fits; either way it is wiped, as it may hold a credential. */
static int add_header(struct curl_slist **list, const apic_header *h)
{
    if (!header_name_ok(h->name)) return APIC_E_ARG;
    size_t nl = strlen(h->name);
    size_t vl = h->value != NULL ? strlen(h->value) : 0;
    char small[512];
    char *line = nl + vl + 3 <= sizeof small ? small : malloc(nl + vl + 3);
    if (line == NULL) return APIC_E_NOMEM;
    memcpy(line, h->name, nl);
    if (vl == 0) {
        strcpy(line + nl, ";");
    } else {
        memcpy(line + nl, ": ", 2);
        memcpy(line + nl + 2, h->value, vl + 1);
    }
    struct curl_slist *next = curl_slist_append(*list, line);
    OPENSSL_cleanse(line, nl + vl + 3);
    if (line != small) free(line);
    if (next == NULL) return APIC_E_NOMEM;
    *list = next;
    return 0;
}

/* curl's copies of the header lines hold the credentials too (Authorization, API keys): wiped
 * before curl frees them. */
static void free_headers(struct curl_slist *list)
{
    for (struct curl_slist *l = list; l != NULL; l = l->next) OPENSSL_cleanse(l->data, strlen(l->data));
    curl_slist_free_all(list);
}

static int build_headers(const apic_http_request *req, struct curl_slist **list)
{
    for (size_t i = 0; i < req->n_headers; i++) {
        int rc = add_header(list, &req->headers[i]);
        if (rc != 0) return rc;
    }
    /* Without this curl waits for "100 Continue" before sending a body over 1 KiB. */
    if (req->body_len <= 1024) return 0;
    struct curl_slist *next = curl_slist_append(*list, "Expect:");
    if (next == NULL) return APIC_E_NOMEM;
    *list = next;
    return 0;
}

#define SET(opt, val)                                                 \
    do {                                                              \
        if (cc == CURLE_OK) cc = curl_easy_setopt(h, (opt), (val));   \
    } while (0)

static bool proxy_in_environment(void)
{
    static const char *const names[] = {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy",
                                        "ALL_PROXY"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const char *v = getenv(names[i]);
        if (v != NULL && *v != '\0') return true;
    }
    return false;
}

/* Options that are the same for every request of the pool. */
static CURLcode configure_once(const pool *p, CURL *h)
{
    CURLcode cc = CURLE_OK;
    SET(CURLOPT_NOSIGNAL, 1L);
#if LIBCURL_VERSION_NUM >= 0x075500
    SET(CURLOPT_PROTOCOLS_STR, "http,https");
#else
    SET(CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
    SET(CURLOPT_FOLLOWLOCATION, 0L);
    SET(CURLOPT_SSL_VERIFYPEER, 1L);
    SET(CURLOPT_SSL_VERIFYHOST, 2L);
    /* TLS 1.0 and 1.1 are refused whatever the system's OpenSSL configuration allows. */
    SET(CURLOPT_SSLVERSION, (long)CURL_SSLVERSION_TLSv1_2);
    if (p->ca_file != NULL) SET(CURLOPT_CAINFO, p->ca_file);
    if (p->pinned_public_key != NULL) SET(CURLOPT_PINNEDPUBLICKEY, p->pinned_public_key);
    /* Compressed answers are asked for and decoded before the callbacks see them, so that the
     * size limits count what the body really is. */
    SET(CURLOPT_ACCEPT_ENCODING, "gzip, deflate");
    if (p->user_agent != NULL) SET(CURLOPT_USERAGENT, p->user_agent);
    SET(CURLOPT_TCP_KEEPALIVE, 1L);
    SET(CURLOPT_HTTP_VERSION, p->http_version);
    /* A configured proxy (or "" for none) wins. Otherwise, with no proxy variable in the
     * environment, say so once: curl would read the environment again on every request. With
     * one, curl keeps applying it (and no_proxy). */
    if (p->proxy != NULL) {
        SET(CURLOPT_PROXY, p->proxy);
    } else if (!proxy_in_environment()) {
        SET(CURLOPT_PROXY, "");
    }
    SET(CURLOPT_WRITEFUNCTION, on_body);
    SET(CURLOPT_HEADERFUNCTION, on_header);
    return cc;
}

/* Everything that belongs to this request, each option set whatever the previous request did. */
static CURLcode configure(CURL *h, const apic_http_request *req, struct curl_slist *headers, char *errbuf, exchange *x)
{
    CURLcode cc = CURLE_OK;
    SET(CURLOPT_ERRORBUFFER, errbuf);
    SET(CURLOPT_URL, req->url);

    const char *m = req->method;
    bool with_body = req->body_len > 0 || strcmp(m, "POST") == 0 || strcmp(m, "PUT") == 0 || strcmp(m, "PATCH") == 0;
    SET(CURLOPT_HTTPGET, 1L); /* back to a plain GET: no body, NOBODY off */
    if (strcmp(m, "HEAD") == 0) {
        SET(CURLOPT_NOBODY, 1L);
    } else if (with_body) {
        /* POSTFIELDS also for PUT/PATCH/DELETE: it sends Content-Length (0 when empty),
         * which some servers require; CUSTOMREQUEST then only renames the method. */
        SET(CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)req->body_len);
        SET(CURLOPT_POSTFIELDS, req->body != NULL ? req->body : "");
    }
    bool plain = strcmp(m, "GET") == 0 || strcmp(m, "HEAD") == 0 || strcmp(m, "POST") == 0;
    SET(CURLOPT_CUSTOMREQUEST, plain ? NULL : m);

    /* libcurl before 8.0 breaks a clear-text HTTP/2 connection with prior knowledge when it reuses
     * it (curl issue 10634: "Error in the HTTP2 framing layer"): there, each such request gets a
     * connection of its own. */
    SET(CURLOPT_FORBID_REUSE, x->h2c_no_reuse && strncmp(req->url, "http://", 7) == 0 ? 1L : 0L);
    SET(CURLOPT_HTTPHEADER, headers);
    SET(CURLOPT_TIMEOUT_MS, req->timeout_ms > 0 ? req->timeout_ms : 0L);
    SET(CURLOPT_CONNECTTIMEOUT_MS, req->connect_timeout_ms > 0 ? req->connect_timeout_ms : 0L);
    SET(CURLOPT_WRITEDATA, x);
    SET(CURLOPT_HEADERDATA, x);
    return cc;
}

static int too_large(apic_error *err, const exchange *x)
{
    if (err != NULL) {
        err->http_status = (int)x->too_large_status;
        err->retryable = false;
    }
    if (x->headers_too_large) {
        return apic_error_set(err, APIC_E_TOO_LARGE, "response headers over %zu bytes: transfer stopped", x->max_headers);
    }
    return apic_error_set(err, APIC_E_TOO_LARGE, "response body over %zu bytes%s: transfer stopped", x->max_body,
                          apic_http_response_header(x->res, "Content-Encoding") != NULL ? " once decompressed" : "");
}

static int failure(apic_error *err, CURLcode cc, const char *errbuf, const exchange *x)
{
    if (x->body_too_large || x->headers_too_large) return too_large(err, x);
    if (x->nomem || cc == CURLE_OUT_OF_MEMORY) return apic_error_set(err, APIC_E_NOMEM, "out of memory receiving the response");
    const char *why = errbuf[0] != '\0' ? errbuf : curl_easy_strerror(cc);
    if (cc == CURLE_OPERATION_TIMEDOUT) return apic_error_set(err, APIC_E_TIMEOUT, "timed out: %s", why);
    /* TLS failures say so, with curl's reason. Those about who the server is (its certificate,
     * its name, its key) do not change by asking again: they are final. */
    switch (cc) {
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_INVALIDCERTSTATUS:
        if (err != NULL) err->retryable = false;
        return apic_error_set(err, APIC_E_TRANSPORT, "TLS: the server's certificate was refused: %s (curl error %d; %s)",
                              why, (int)cc, strstr(why, "host name") != NULL ? "it is not for this host name"
                                                                            : "a private CA goes in ca_file");
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        if (err != NULL) err->retryable = false;
        return apic_error_set(err, APIC_E_TRANSPORT, "TLS: the server's public key matches no pinned_public_key: %s "
                              "(curl error %d)", why, (int)cc);
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
        if (err != NULL) err->retryable = false;
        return apic_error_set(err, APIC_E_TRANSPORT, "TLS: %s (curl error %d)", why, (int)cc);
    case CURLE_SSL_CONNECT_ERROR:
        return apic_error_set(err, APIC_E_TRANSPORT, "TLS handshake failed: %s (curl error %d; this client speaks "
                              "TLS 1.2 and later only)", why, (int)cc);
    default:
        return apic_error_set(err, APIC_E_TRANSPORT, "request failed: %s (curl error %d)", why, (int)cc);
    }
}

/* --- one transfer ----------------------------------------------------------------------------- */

struct apic_curl_xfer {
    pool *p;
    CURL *h;
    struct curl_slist *headers;
    bool alone; /* run on the caller's thread even when multiplexing (see curl_send()) */
    exchange x;
    char errbuf[CURL_ERROR_SIZE];
};

apic_curl_pool *apic_curl_pool_of(const apic_transport *t)
{
    return t != NULL && t->send == curl_send ? t->ctx : NULL;
}

void apic_curl_handle_release(apic_curl_pool *p, CURL *h)
{
    if (h != NULL) give_back(p, h);
}

int apic_curl_xfer_begin(apic_curl_pool *p, CURL *h, const apic_http_request *req, apic_http_response *res,
                         apic_curl_xfer **out, apic_error *err)
{
    *out = NULL;
    if (p == NULL || req == NULL || res == NULL || req->url == NULL || req->method == NULL) {
        apic_curl_handle_release(p, h);
        return apic_error_set(err, APIC_E_ARG, "curl transport: request, URL and method are required");
    }
    if (!method_ok(req->method)) {
        apic_curl_handle_release(p, h);
        return apic_error_set(err, APIC_E_ARG, "curl transport: invalid HTTP method");
    }
    apic_curl_xfer *t = calloc(1, sizeof *t);
    if (t == NULL) {
        apic_curl_handle_release(p, h);
        return apic_error_set(err, APIC_E_NOMEM, "out of memory preparing the request");
    }
    t->p = p;
    int built = build_headers(req, &t->headers);
    if (built == 0 && (t->h = h != NULL ? h : take(p)) == NULL) built = APIC_E_NOMEM;
    if (built != 0) {
        free_headers(t->headers);
        if (t->h == NULL) apic_curl_handle_release(p, h);
        else give_back(p, t->h);
        free(t);
        if (built == APIC_E_ARG) return apic_error_set(err, APIC_E_ARG, "curl transport: a header name is not a valid HTTP token");
        return apic_error_set(err, APIC_E_NOMEM, "out of memory preparing the request");
    }
    t->x = (exchange){res, t->h, req->sink, false, false, p->h2c_no_reuse, strcmp(req->method, "HEAD") == 0,
                      req->max_body_bytes, req->max_header_bytes, 0, false, false, 0};
    /* An event stream stays on the caller's thread: its callbacks are the caller's code. A
     * clear-text prior-knowledge request on a libcurl that cannot share such a connection (see
     * configure()) too: multiplexed, it would join one. */
    t->alone = req->sink != NULL || (p->h2c_no_reuse && strncmp(req->url, "http://", 7) == 0);
    if (configure(t->h, req, t->headers, t->errbuf, &t->x) != CURLE_OK) {
        apic_curl_xfer_end(t, CURLE_FAILED_INIT, NULL, err);
        return apic_error_set(err, APIC_E_NOMEM, "out of memory preparing the request");
    }
    *out = t;
    return 0;
}

CURL *apic_curl_xfer_handle(const apic_curl_xfer *t)
{
    return t->h;
}

int apic_curl_xfer_end(apic_curl_xfer *t, CURLcode cc, CURL **keep, apic_error *err)
{
    int rc = 0;
    exchange *x = &t->x;
    if (cc == CURLE_WRITE_ERROR && x->stopped && !x->body_too_large && !x->headers_too_large) cc = CURLE_OK;
    if (cc != CURLE_OK) {
        rc = failure(err, cc, t->errbuf, x);
    } else {
        long code = status_now(x);
        x->res->status = (int)code;
        if (code < 100 || code > 999) rc = apic_error_set(err, APIC_E_TRANSPORT, "request failed: no valid HTTP status received");
    }
    if (rc != 0) apic_http_response_clear(x->res);
    /* Before errbuf is freed: the handle must not keep a pointer to it. */
    clear_request(t->h);
    if (keep != NULL) {
        *keep = t->h;
    } else {
        give_back(t->p, t->h);
    }
    free_headers(t->headers);
    free(t);
    return rc;
}

static int curl_send(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    pool *p = ctx;
    apic_curl_xfer *t = NULL;
    int rc = apic_curl_xfer_begin(p, NULL, req, res, &t, err);
    if (rc != 0) return rc;
    CURLcode cc = p->mux != NULL && !t->alone ? apic_curl_mux_perform(p->mux, t->h) : curl_easy_perform(t->h);
    return apic_curl_xfer_end(t, cc, NULL, err);
}

/* --- lifetime ------------------------------------------------------------------------------- */

static void curl_destroy(void *ctx)
{
    pool *p = ctx;
    if (p == NULL) return;
    apic_curl_mux_free(p->mux); /* first: its multi handle may hold handles of the pool */
    for (size_t i = 0; i < p->n_idle; i++) curl_easy_cleanup(p->idle[i]);
    free(p->idle);
    free(p->ca_file);
    free(p->user_agent);
    apic_free_secret(p->proxy); /* it may hold user:password */
    free(p->pinned_public_key);
    pthread_mutex_destroy(&p->lock);
    free(p);
}

static int dup_opt(const char *s, char **out)
{
    *out = NULL;
    if (s == NULL) return 0;
    size_t n = strlen(s) + 1;
    *out = malloc(n);
    if (*out == NULL) return APIC_E_NOMEM;
    memcpy(*out, s, n);
    return 0;
}

/* A pin as CURLOPT_PINNEDPUBLICKEY takes it: "sha256//<base64 of 32 bytes>", several joined
 * with ';', or a readable key file. Checked here, since curl would only say so at the first
 * request, as a failure of that request. */
static int check_pin(const char *pin, apic_error *err)
{
    if (pin == NULL) return 0;
    static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    if (strncmp(pin, "sha256//", 8) != 0) {
        if (*pin != '\0' && access(pin, R_OK) == 0) return 0;
        return apic_error_set(err, APIC_E_CONFIG, "pinned_public_key: must be \"sha256//\" and the base64 of a SHA-256 "
                              "(several joined with ';'), or a readable public key file");
    }
    for (const char *p = pin; *p != '\0';) {
        if (strncmp(p, "sha256//", 8) != 0) break;
        p += 8;
        size_t n = strspn(p, b64);
        /* 32 bytes: 43 characters and one '=' of padding. */
        if (n != 43 || p[43] != '=' || (p[44] != '\0' && p[44] != ';')) break;
        p += 44;
        if (*p == '\0') return 0;
        p++;
    }
    return apic_error_set(err, APIC_E_CONFIG, "pinned_public_key: each pin must be \"sha256//\" and 44 characters of "
                          "base64 (a SHA-256), several joined with ';'");
}

int apic_curl_transport_new(const apic_curl_options *opts, apic_transport *out, apic_error *err)
{
    if (out == NULL) return apic_error_set(err, APIC_E_ARG, "apic_curl_transport_new: out must not be NULL");
    memset(out, 0, sizeof *out);
    apic_curl_options none = {NULL, NULL, 0, APIC_HTTP_DEFAULT, false, NULL, NULL};
    if (opts == NULL) opts = &none;
    if (opts->max_idle_handles < 0) {
        return apic_error_set(err, APIC_E_CONFIG, "max_idle_handles: must not be negative");
    }
    if (opts->http_version < APIC_HTTP_DEFAULT || opts->http_version > APIC_HTTP_2_PRIOR_KNOWLEDGE) {
        return apic_error_set(err, APIC_E_CONFIG, "http_version: not one of the apic_http_version values");
    }
    if (opts->ca_file != NULL && access(opts->ca_file, R_OK) != 0) {
        return apic_error_set(err, APIC_E_CONFIG, "ca_file: cannot read the CA bundle");
    }
    int rc = check_pin(opts->pinned_public_key, err);
    if (rc != 0) return rc;
    pthread_once(&global_once, global_init);
    if (global_rc != CURLE_OK) {
        return apic_error_set(err, global_rc == CURLE_OUT_OF_MEMORY ? APIC_E_NOMEM : APIC_E_CONFIG,
                              "libcurl could not be initialised: %s", curl_easy_strerror(global_rc));
    }

    pool *p = calloc(1, sizeof *p);
    if (p == NULL) return apic_error_set(err, APIC_E_NOMEM, "out of memory creating the transport");
    p->max_idle = opts->max_idle_handles > 0 ? (size_t)opts->max_idle_handles : DEFAULT_MAX_IDLE;
    p->idle = calloc(p->max_idle, sizeof *p->idle);
    if (p->idle == NULL || dup_opt(opts->ca_file, &p->ca_file) != 0 || dup_opt(opts->user_agent, &p->user_agent) != 0 ||
        dup_opt(opts->proxy, &p->proxy) != 0 || dup_opt(opts->pinned_public_key, &p->pinned_public_key) != 0 ||
        pthread_mutex_init(&p->lock, NULL) != 0) {
        free(p->idle);
        free(p->ca_file);
        free(p->user_agent);
        apic_free_secret(p->proxy);
        free(p->pinned_public_key);
        free(p);
        return apic_error_set(err, APIC_E_NOMEM, "out of memory creating the transport");
    }
    static const long versions[] = {CURL_HTTP_VERSION_2TLS, CURL_HTTP_VERSION_1_1, CURL_HTTP_VERSION_2_PRIOR_KNOWLEDGE};
    p->http_version = versions[opts->http_version];
    p->h2c_no_reuse = opts->http_version == APIC_HTTP_2_PRIOR_KNOWLEDGE && curl_version_info(CURLVERSION_NOW)->version_num < 0x080000;
    if (opts->multiplex && (p->mux = apic_curl_mux_new()) == NULL) {
        curl_destroy(p);
        return apic_error_set(err, APIC_E_NOMEM, "cannot start the transport's multiplexing thread");
    }
    out->send = curl_send;
    out->destroy = curl_destroy;
    out->ctx = p;
    return 0;
}
