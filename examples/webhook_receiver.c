/* eSauti webhooks, received: a small HTTP server on 127.0.0.1 (libmicrohttpd) that verifies each
 * POST with the webhook's secret (Standard Webhooks, as eSauti signs) and prints the typed event.
 * A webhook that fails verification is answered 401 with the reason, and nothing of it is used.
 *
 *   webhook_receiver PORT [COUNT]     the secret comes from $ESAUTI_WEBHOOK_SECRET; the server
 *                                     stops after COUNT webhooks (default: when killed)
 *
 * `make demo` posts a signed and a tampered webhook to it (examples/webhook_sender.c). */
#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <esauti/esauti.h>

enum { MAX_HEADERS = 64, MAX_BODY = 1 << 20 };

/* One request being received: its body, gathered as it arrives. */
typedef struct upload {
    apic_buf body;
    int too_large;
} upload;

typedef struct server {
    esauti_client *client;
    _Atomic int handled; /* counted by the server's thread, read by main() */
} server;

typedef struct header_list {
    apic_header h[MAX_HEADERS];
    size_t n;
} header_list;

static enum MHD_Result collect_header(void *cls, enum MHD_ValueKind kind, const char *name, const char *value)
{
    (void)kind;
    header_list *l = cls;
    if (l->n < MAX_HEADERS) {
        l->h[l->n].name = name;
        l->h[l->n].value = value != NULL ? value : "";
        l->n++;
    }
    return MHD_YES;
}

static enum MHD_Result answer(struct MHD_Connection *c, unsigned status, const char *text)
{
    struct MHD_Response *r = MHD_create_response_from_buffer(strlen(text), (void *)text, MHD_RESPMEM_MUST_COPY);
    MHD_add_response_header(r, "Content-Type", "text/plain");
    enum MHD_Result rc = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    return rc;
}

/* What the typed event says, one line. */
static void print_event(const esauti_webhook_event *ev)
{
    switch (ev->kind) {
    case ESAUTI_WEBHOOK_EVENT_CONTACT_CREATED: {
        const esauti_contact *ct = ev->as.contact_created->data->contact;
        printf("receiver: contact.created  #%lld %s (%d points)\n", (long long)ct->id, ct->email,
               ct->has_points ? (int)ct->points : 0);
        break;
    }
    case ESAUTI_WEBHOOK_EVENT_CONTACT_UPDATED: {
        const esauti_contact *ct = ev->as.contact_updated->data->contact;
        printf("receiver: contact.updated  #%lld, %zu field(s) changed\n", (long long)ct->id,
               ev->as.contact_updated->data->changed.count);
        break;
    }
    case ESAUTI_WEBHOOK_EVENT_CONTACT_DELETED:
        printf("receiver: contact.deleted  #%lld\n", (long long)ev->as.contact_deleted->data->contact_id);
        break;
    case ESAUTI_WEBHOOK_EVENT_FORM_SUBMITTED:
        printf("receiver: form.submitted   form %lld, submission %lld\n", (long long)ev->as.form_submitted->data->form_id,
               (long long)ev->as.form_submitted->data->submission_id);
        break;
    case ESAUTI_WEBHOOK_EVENT_EMAIL_OPENED:
        printf("receiver: email.opened     email %lld by contact %lld\n", (long long)ev->as.email_opened->data->email_id,
               (long long)ev->as.email_opened->data->contact_id);
        break;
    default: /* a trigger this SDK does not know yet: kept as JSON, never lost */
        printf("receiver: an event this SDK does not know: %s\n", ev->other != NULL ? ev->other : "?");
    }
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                              const char *version, const char *data, size_t *size, void **state)
{
    (void)url;
    (void)version;
    server *srv = cls;
    if (strcmp(method, "POST") != 0) return answer(c, MHD_HTTP_METHOD_NOT_ALLOWED, "POST webhooks here\n");
    upload *up = *state;
    if (up == NULL) { /* the headers arrived: the body follows in later calls */
        up = calloc(1, sizeof *up);
        if (up == NULL) return MHD_NO;
        *state = up;
        return MHD_YES;
    }
    if (*size > 0) {
        if (up->body.len + *size > MAX_BODY || apic_buf_append(&up->body, data, *size) != 0) up->too_large = 1;
        *size = 0;
        return MHD_YES;
    }
    if (up->too_large) return answer(c, MHD_HTTP_CONTENT_TOO_LARGE, "body too large\n");

    header_list headers = {.n = 0};
    MHD_get_connection_values(c, MHD_HEADER_KIND, collect_header, &headers);
    esauti_webhook_event *ev = NULL;
    esauti_error err = {0};
    int rc = esauti_webhook_parse(srv->client, headers.h, headers.n, up->body.data, up->body.len, &ev, &err);
    enum MHD_Result result;
    if (rc == 0) {
        print_event(ev);
        esauti_webhook_event_free(ev);
        result = answer(c, MHD_HTTP_NO_CONTENT, "");
    } else {
        printf("receiver: REFUSED (%s): %s\n", apic_strerror(rc), err.message);
        char text[600];
        snprintf(text, sizeof text, "%s\n", err.message);
        result = answer(c, rc == APIC_E_DECODE ? MHD_HTTP_BAD_REQUEST : MHD_HTTP_UNAUTHORIZED, text);
    }
    fflush(stdout);
    esauti_error_clear(&err);
    srv->handled++;
    return result;
}

static void finished(void *cls, struct MHD_Connection *c, void **state, enum MHD_RequestTerminationCode why)
{
    (void)cls;
    (void)c;
    (void)why;
    upload *up = *state;
    if (up == NULL) return;
    apic_buf_free(&up->body);
    free(up);
    *state = NULL;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: webhook_receiver PORT [COUNT]   (secret in $ESAUTI_WEBHOOK_SECRET)\n");
        return 2;
    }
    int port = atoi(argv[1]), count = argc > 2 ? atoi(argv[2]) : 0;
    const char *secret = getenv("ESAUTI_WEBHOOK_SECRET");
    if (secret == NULL) fprintf(stderr, "receiver: no $ESAUTI_WEBHOOK_SECRET: webhooks are parsed UNVERIFIED\n");

    /* A client that only receives: the base URL is the spec's, nothing is sent. */
    apic_webhook_secret secrets[] = {{NULL, secret}};
    esauti_config cfg = ESAUTI_CONFIG_INIT;
    cfg.webhook_secrets = secret != NULL ? secrets : NULL; /* the scheme, Standard Webhooks, is the SDK's */
    cfg.n_webhook_secrets = secret != NULL ? 1 : 0;
    server srv = {NULL, 0};
    esauti_error err = {0};
    if (esauti_client_new(&cfg, &srv.client, &err) != 0) {
        fprintf(stderr, "receiver: %s\n", err.message);
        return 1;
    }
    struct sockaddr_in addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_port = htons((uint16_t)port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK); /* 127.0.0.1 only */
    struct MHD_Daemon *d = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD, (uint16_t)port, NULL, NULL, handle, &srv,
                                            MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr, MHD_OPTION_NOTIFY_COMPLETED,
                                            finished, NULL, MHD_OPTION_END);
    if (d == NULL) {
        fprintf(stderr, "receiver: cannot listen on 127.0.0.1:%d\n", port);
        esauti_client_free(srv.client);
        return 1;
    }
    printf("receiver: listening on http://127.0.0.1:%d/ (%s)\n", port,
           secret != NULL ? "verifying signatures" : "NOT verifying");
    fflush(stdout);
    struct timespec tick = {0, 20 * 1000 * 1000};
    while (count == 0 || srv.handled < count) nanosleep(&tick, NULL);
    MHD_stop_daemon(d);
    esauti_client_free(srv.client);
    return 0;
}
