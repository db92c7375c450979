/* Dead-letter records made from requests: what a replay needs to send a request again as it
 * was (apic/dead_letter.h), taken from the request as it was built before authentication, so
 * that no credential reaches a record. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apic/ids.h"
#include "delivery/client_internal.h"
#include "delivery/dead_letter_internal.h"
#include "delivery/dead_letter_request.h"

int apic_dead_letter_write_request(apic_dead_letter_sink *s, const apic_dead_letter_record *outcome,
                                   const apic_operation *op, const apic_request *o, apic_error *why)
{
    /* Authentication adds to the URL (an API key in the query) and to the headers after
     * base_url_len and base_n_hdr: the record stops there. */
    char *url = strndup(o->url.data, o->base_url_len);
    apic_header *headers = malloc((o->base_n_hdr + 1) * sizeof *headers);
    if (url == NULL || headers == NULL) {
        free(url);
        free(headers);
        return apic_error_set(why, APIC_E_NOMEM, "out of memory");
    }
    apic_dead_letter_record rec = *outcome, *r = &rec;
    r->operation = apic_op_name(op);
    r->method = op->method;
    r->url = url;
    if (r->base_url == NULL) r->base_url = s->base_url;
    r->idempotency_key = o->idempotency_key;
    r->body = o->body_data;
    r->body_len = o->body_len;
    r->security = op->security;
    r->n_security = op->n_security;
    r->content_type = r->accept = NULL;
    r->headers = headers;
    r->n_headers = 0;
    /* apic_request_prepare() puts its own Accept, Content-Type and User-Agent first and the
     * idempotency key last; a parameter of the same name would come in between. */
    bool user_agent = false;
    for (size_t i = 0; i < o->base_n_hdr; i++) {
        const apic_header *h = &o->base_hdr[i];
        if (o->idempotency_key != NULL && h->value == o->idempotency_key) continue; /* a member of its own */
        if (r->accept == NULL && strcmp(h->name, "Accept") == 0) {
            r->accept = h->value;
        } else if (r->content_type == NULL && strcmp(h->name, "Content-Type") == 0) {
            r->content_type = h->value;
        } else if (!user_agent && strcmp(h->name, "User-Agent") == 0) {
            user_agent = true; /* a replay sends its own client's */
        } else {
            headers[r->n_headers++] = *h;
        }
    }
    char failed_at[25];
    if (r->failed_at == NULL) {
        apic_now_rfc3339(failed_at);
        r->failed_at = failed_at;
    }
    int rc = apic_dead_letter_write(s, r, why);
    free(url);
    free(headers);
    return rc;
}

int apic_dead_letter_write_call(apic_client *c, const apic_dead_letter_record *outcome, const apic_operation *op,
                                const apic_request_options *opts, apic_error *why)
{
    /* The URL and headers given are the whole request: the operation's parameters have
     * nothing left to fill in (and a required one would refuse to build it). */
    apic_operation bare = *op;
    bare.params = NULL;
    bare.param_locs = NULL;
    apic_request o = {0};
    int rc = apic_request_prepare(&c->http, &bare, NULL, NULL, opts, &o, why);
    if (rc == 0) rc = apic_dead_letter_write_request(c->dead_letter, outcome, &bare, &o, why);
    apic_request_free(&o);
    return rc;
}

void apic_dead_letter_call(apic_dead_letter_sink *s, const apic_operation *op, const apic_request *o, bool is_event,
                           const char *first_attempt_at, apic_error *err)
{
    if (s == NULL || (!is_event && !s->cfg.all_requests)) return;
    apic_dead_letter_record r = {.kind = is_event ? "event" : "request", .attempts = err->attempts,
                                 .http_status = err->http_status, .error = err->message,
                                 .first_attempt_at = first_attempt_at};
    apic_error why = {0};
    int rc = apic_dead_letter_write_request(s, &r, op, o, &why);
    size_t n = strlen(err->message);
    if (rc != 0) {
        snprintf(err->message + n, sizeof err->message - n, "; NOT dead-lettered: %.200s", why.message);
    } else {
        snprintf(err->message + n, sizeof err->message - n, "; dead-lettered");
    }
}
