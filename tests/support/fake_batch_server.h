/* A transport for queue tests that plays a batch endpoint and a single-item endpoint, safe to
 * call from several threads. A body that is a JSON array, or an object with an "events"
 * array, is a batch; any other object is one item. Every item's "id" is recorded; the answer is
 * {"receipts":[{"id":...,"status":"accepted"|"rejected","error":...}]} (or one receipt).
 * Faults on demand: the first N requests fail with a status, every request fails, the
 * connection is refused, a gate holds requests until opened, a delay, ids to refuse. */
#ifndef TESTS_FAKE_BATCH_SERVER_H
#define TESTS_FAKE_BATCH_SERVER_H

#include <cjson/cJSON.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <apic/apic.h>

enum { FAKE_MAX_REQUESTS = 4096 };

/* What one request looked like. */
typedef struct fake_request {
    char url[256];
    char key[64];    /* Idempotency-Key */
    char source[64]; /* X-Source */
    size_t items;    /* in the batch; 1 for a single item */
    size_t body_len;
    long long at_ms; /* monotonic */
} fake_request;

typedef struct fake_server {
    pthread_mutex_t lock;
    pthread_cond_t changed; /* broadcast on every request and on every change of the gate */
    /* behaviour, set by the test (under lock once the client runs) */
    int fail_first;          /* this many requests answer fail_status... */
    int fail_status;
    int always_status;       /* when not 0, every request answers this */
    bool unreachable;        /* every request fails as a refused connection */
    bool gate_closed;        /* requests wait until it opens */
    long delay_ms;           /* before each answer */
    const char *reject_mark; /* items whose id contains this are refused in the answer */
    /* what came */
    fake_request req[FAKE_MAX_REQUESTS];
    size_t n_requests;
    char **ids; /* ids of items in requests that were accepted, in order of arrival, duplicates kept */
    size_t n_ids, cap_ids;
} fake_server;

static inline long long fake_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static inline void fake_sleep_ms(long ms)
{
    struct timespec t = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&t, &t) != 0) {
    }
}

static void fake_keep_id(fake_server *f, const char *id)
{
    if (f->n_ids == f->cap_ids) {
        f->cap_ids = f->cap_ids ? f->cap_ids * 2 : 256;
        f->ids = (char **)realloc(f->ids, f->cap_ids * sizeof *f->ids);
    }
    f->ids[f->n_ids++] = strdup(id);
}

static const char *fake_header(const apic_http_request *req, const char *name)
{
    for (size_t i = 0; i < req->n_headers; i++) {
        if (strcmp(req->headers[i].name, name) == 0) return req->headers[i].value;
    }
    return "";
}

static int fake_send(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    fake_server *f = (fake_server *)ctx;
    cJSON *doc = cJSON_ParseWithLength(req->body, req->body_len);
    const cJSON *items = cJSON_IsArray(doc) ? doc : cJSON_GetObjectItem(doc, "events");
    pthread_mutex_lock(&f->lock);
    size_t n = f->n_requests++;
    if (n < FAKE_MAX_REQUESTS) {
        fake_request *r = &f->req[n];
        snprintf(r->url, sizeof r->url, "%s", req->url);
        snprintf(r->key, sizeof r->key, "%s", fake_header(req, "Idempotency-Key"));
        snprintf(r->source, sizeof r->source, "%s", fake_header(req, "X-Source"));
        r->items = items != NULL ? (size_t)cJSON_GetArraySize(items) : 1;
        r->body_len = req->body_len;
        r->at_ms = fake_now_ms();
    }
    pthread_cond_broadcast(&f->changed);
    while (f->gate_closed) pthread_cond_wait(&f->changed, &f->lock);
    long delay = f->delay_ms;
    int status = f->always_status != 0 ? f->always_status : f->fail_first > 0 ? f->fail_status : 202;
    if (f->fail_first > 0) f->fail_first--;
    bool unreachable = f->unreachable;
    pthread_mutex_unlock(&f->lock);
    if (delay > 0) fake_sleep_ms(delay);
    if (unreachable) {
        cJSON_Delete(doc);
        return apic_error_set(err, APIC_E_TRANSPORT, "connection refused (fake)");
    }
    res->status = status;
    cJSON *answer = cJSON_CreateObject(), *receipts = cJSON_AddArrayToObject(answer, "receipts");
    pthread_mutex_lock(&f->lock);
    for (int i = 0; status < 300 && i < (items != NULL ? cJSON_GetArraySize(items) : 1); i++) {
        const cJSON *item = items != NULL ? cJSON_GetArrayItem(items, i) : doc;
        const char *id = cJSON_GetStringValue(cJSON_GetObjectItem(item, "id"));
        cJSON *r = cJSON_CreateObject();
        cJSON_AddStringToObject(r, "id", id != NULL ? id : "");
        bool refused = id == NULL || (f->reject_mark != NULL && strstr(id, f->reject_mark) != NULL);
        cJSON_AddStringToObject(r, "status", refused ? "rejected" : "accepted");
        if (refused) cJSON_AddStringToObject(r, "error", "refused by the fake");
        else fake_keep_id(f, id);
        cJSON_AddItemToArray(receipts, r);
    }
    pthread_mutex_unlock(&f->lock);
    char *text = cJSON_PrintUnformatted(items != NULL || status >= 300 ? answer : cJSON_GetArrayItem(receipts, 0));
    int rc = apic_buf_puts(&res->body, text != NULL ? text : "{}");
    free(text);
    cJSON_Delete(answer);
    cJSON_Delete(doc);
    return rc;
}

static inline apic_transport fake_transport(fake_server *f)
{
    memset(f, 0, sizeof *f);
    pthread_mutex_init(&f->lock, NULL);
    pthread_cond_init(&f->changed, NULL);
    apic_transport t = {fake_send, NULL, f};
    return t;
}

static inline void fake_free(fake_server *f)
{
    for (size_t i = 0; i < f->n_ids; i++) free(f->ids[i]);
    free(f->ids);
    pthread_mutex_destroy(&f->lock);
    pthread_cond_destroy(&f->changed);
}

/* Waits until at least n requests came (true) or timeout_ms passed (false). */
static inline bool fake_wait_requests(fake_server *f, size_t n, long timeout_ms)
{
    long long until = fake_now_ms() + timeout_ms;
    pthread_mutex_lock(&f->lock);
    while (f->n_requests < n && fake_now_ms() < until) {
        pthread_mutex_unlock(&f->lock);
        fake_sleep_ms(2);
        pthread_mutex_lock(&f->lock);
    }
    bool ok = f->n_requests >= n;
    pthread_mutex_unlock(&f->lock);
    return ok;
}

static inline size_t fake_requests(fake_server *f)
{
    pthread_mutex_lock(&f->lock);
    size_t n = f->n_requests;
    pthread_mutex_unlock(&f->lock);
    return n;
}

static inline void fake_set_gate(fake_server *f, bool closed)
{
    pthread_mutex_lock(&f->lock);
    f->gate_closed = closed;
    pthread_cond_broadcast(&f->changed);
    pthread_mutex_unlock(&f->lock);
}

/* How many distinct ids the server accepted (it sorts its list). */
static int fake_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static inline size_t fake_unique_ids(fake_server *f)
{
    pthread_mutex_lock(&f->lock);
    qsort(f->ids, f->n_ids, sizeof *f->ids, fake_cmp);
    size_t u = 0;
    for (size_t i = 0; i < f->n_ids; i++) u += i == 0 || strcmp(f->ids[i], f->ids[i - 1]) != 0;
    pthread_mutex_unlock(&f->lock);
    return u;
}

static inline bool fake_has_id(fake_server *f, const char *id)
{
    pthread_mutex_lock(&f->lock);
    bool found = false;
    for (size_t i = 0; i < f->n_ids && !found; i++) found = strcmp(f->ids[i], id) == 0;
    pthread_mutex_unlock(&f->lock);
    return found;
}

#endif
