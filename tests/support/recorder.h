/* A transport for tests that records every request it is given and answers with a canned
 * response; `calls` proves whether anything was sent at all. Single-threaded use. */
#ifndef TESTS_RECORDER_H
#define TESTS_RECORDER_H

#include <stdio.h>
#include <string.h>

#include <apic/apic.h>

typedef struct recorder {
    int calls;
    char method[16];
    char url[1024];
    char headers[4096]; /* "Name: value\n" per header, in order */
    char body[65536];
    size_t body_len;
    /* the canned answer */
    int status;
    const char *res_body;
} recorder;

static int recorder_send(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    (void)err;
    recorder *r = (recorder *)ctx;
    r->calls++;
    snprintf(r->method, sizeof r->method, "%s", req->method);
    snprintf(r->url, sizeof r->url, "%s", req->url);
    r->headers[0] = '\0';
    for (size_t i = 0; i < req->n_headers; i++) {
        size_t n = strlen(r->headers);
        snprintf(r->headers + n, sizeof r->headers - n, "%s: %s\n", req->headers[i].name, req->headers[i].value);
    }
    r->body_len = req->body_len < sizeof r->body - 1 ? req->body_len : sizeof r->body - 1;
    if (r->body_len > 0) memcpy(r->body, req->body, r->body_len);
    r->body[r->body_len] = '\0';
    res->status = r->status;
    if (r->res_body != NULL && apic_buf_puts(&res->body, r->res_body) != 0) return APIC_E_NOMEM;
    return 0;
}

/* A transport recording into r; answers status with body (may be NULL). */
static inline apic_transport recorder_transport(recorder *r, int status, const char *body)
{
    memset(r, 0, sizeof *r);
    r->status = status;
    r->res_body = body;
    apic_transport t = {recorder_send, NULL, r};
    return t;
}

/* The value of header name in the last request (first match, exact case), or NULL; in buf. */
static inline const char *recorder_header(const recorder *r, const char *name, char *buf, size_t cap)
{
    char want[128];
    snprintf(want, sizeof want, "%s: ", name);
    for (const char *line = r->headers; *line != '\0';) {
        const char *end = strchr(line, '\n');
        size_t n = end != NULL ? (size_t)(end - line) : strlen(line);
        if (strncmp(line, want, strlen(want)) == 0) {
            size_t vl = n - strlen(want);
            if (vl >= cap) vl = cap - 1;
            memcpy(buf, line + strlen(want), vl);
            buf[vl] = '\0';
            return buf;
        }
        line += n + (end != NULL);
    }
    return NULL;
}

#endif
