/* Webhook verification (apic/webhook.h) with every predefined scheme (Standard Webhooks, Svix,
 * Pusher, Schematic) and two described as data (the timestamp inside the signature header, a
 * base64 secret; an eSauti-style `sha256=` hex signature beside its own timestamp header), over
 * headers and a body from the input; then the typed receive path (apic/webhook_receive.h) that
 * decodes a verified body into eSauti's webhook union (chosen by its `type`) and into the golden
 * webhook_header SDK's (chosen by the X-Shop-Event header).
 *
 * Input: one byte (scheme: its value modulo the number of schemes; high bit: the target signs the
 * body itself, so that what follows a matching signature is reached too), then header lines
 * `Name: value` ending with an empty line, then the body. */
#include <string.h>
#include <strings.h>

#include <esauti/esauti.h>
#include <webhook_header/webhook_header.h>

#include "json_round_trip.h"

/* The time webhooks are judged by: the Standard Webhooks vector's timestamp (PROTOCOLS.md). */
#define NOW_S 1614265330LL

static const apic_webhook_scheme hub = {.name = "Hub", .signature_header = "X-Hub", .prefix = "sha256=",
                                        .separator = ',', .encoding = APIC_WEBHOOK_BASE64,
                                        .signed_content = "{timestamp}:{body}", .timestamp_header = "X-Hub",
                                        .timestamp_prefix = "t=", .secret_format = APIC_WEBHOOK_SECRET_BASE64};
static const apic_webhook_scheme esauti_style = {.name = "eSauti-style", .signature_header = "X-eSauti-Signature",
                                                 .prefix = "sha256=", .encoding = APIC_WEBHOOK_HEX,
                                                 .signed_content = "{timestamp}.{body}",
                                                 .timestamp_header = "X-eSauti-Timestamp",
                                                 .secret_format = APIC_WEBHOOK_SECRET_TEXT};

typedef struct sender {
    const apic_webhook_scheme *scheme;
    apic_webhook_secret secrets[2]; /* the newest first, as during a rotation */
} sender;

static const sender senders[] = {
    {&APIC_WEBHOOK_STANDARD, {{NULL, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}, {NULL, "whsec_c2Vjb25kLXNlY3JldA=="}}},
    {&APIC_WEBHOOK_SVIX, {{NULL, "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"}, {NULL, "c2Vjb25kLXNlY3JldA=="}}},
    {&APIC_WEBHOOK_PUSHER, {{"278d425bdf160c739803", "7ad3773142a6692b25b8"}, {"other-app", "other-secret"}}},
    {&APIC_WEBHOOK_SCHEMATIC, {{NULL, "schematic-webhook-secret"}, {NULL, "older-secret"}}},
    {&hub, {{NULL, "c2VjcmV0LWtleS1ieXRlcw=="}, {NULL, "b2xkZXI="}}},
    {&esauti_style, {{NULL, "esauti-hmac-secret"}, {NULL, "older-secret"}}},
};
enum { N_SENDERS = sizeof senders / sizeof senders[0], MAX_HEADERS = 16 };

static apic_webhook_verifier *verifiers[N_SENDERS];
static apic_client *esauti, *shop; /* receive with Standard Webhooks, as both SDKs' sdk.yaml say */

/* Nothing here sends a request: a call would be a bug of the target. */
static int no_send(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    (void)ctx, (void)res, (void)err;
    FUZZ_CHECK(0, "a webhook target sent %s %s", req->method, req->url);
    return APIC_E_TRANSPORT;
}

static apic_client *receiver(void)
{
    static const apic_transport t = {no_send, NULL, NULL};
    apic_config cfg = APIC_CONFIG_INIT("http://127.0.0.1:9/api");
    cfg.transport = &t;
    cfg.log_level = APIC_LOG_OFF;
    cfg.webhook_scheme = &APIC_WEBHOOK_STANDARD;
    cfg.webhook_secrets = senders[0].secrets;
    cfg.n_webhook_secrets = 2;
    cfg.webhook_tolerance_s = -1; /* receive judges by the system clock: the age is checked by verify */
    apic_client *c = NULL;
    FUZZ_CHECK(apic_client_new(&cfg, &c, NULL) == 0, "client");
    return c;
}

static void set_up(void)
{
    for (size_t i = 0; i < N_SENDERS; i++) {
        apic_error err = {0};
        FUZZ_CHECK(apic_webhook_verifier_new(senders[i].scheme, senders[i].secrets, 2, 0, &verifiers[i], &err) == 0,
                   "verifier %s: %s", senders[i].scheme->name, err.message);
    }
    esauti = receiver();
    shop = receiver();
}

/* The typed receive path after a verified Standard webhook: verified again by the client, then
 * decoded; a decoded payload also round-trips as its union. */
static void receive(apic_client *c, const apic_webhook_events *w, const apic_header *h, size_t n, const char *body,
                    size_t len)
{
    void *value = NULL;
    apic_error err = {0};
    int rc = apic_webhook_parse(c, w, h, n, body, len, &value, &err);
    FUZZ_CHECK(rc == 0 || rc == APIC_E_DECODE, "a verified webhook was refused: %d %s", rc, err.message);
    FUZZ_CHECK((rc == 0) == (value != NULL), "parse returned %d with a value %p", rc, value);
    apic_value_free(w->type, value);
    apic_error_clear(&err);
    fuzz_json_round_trip(w->type, body, len);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static bool ready;
    if (!ready) set_up(), ready = true;
    if (size == 0) return 0;
    const sender *s = &senders[(data[0] & 0x7f) % N_SENDERS];
    const apic_webhook_verifier *v = verifiers[s - senders];
    bool sign = (data[0] & 0x80) != 0;

    /* Header lines are cut in a copy (NUL-terminated strings); the body is the rest, as it came. */
    char *text = malloc(size);
    FUZZ_CHECK(text != NULL, "out of memory");
    memcpy(text, data + 1, size - 1);
    apic_header h[MAX_HEADERS + 4];
    size_t n = 0, at = 0, end = size - 1;
    apic_webhook_signed mine;
    mine.n_headers = 0;
    while (at < end) {
        char *nl = memchr(text + at, '\n', end - at);
        if (nl == NULL) break; /* no line end: the rest is the body */
        if (nl == text + at) { /* the empty line: the body follows it */
            at++;
            break;
        }
        *nl = '\0';
        char *colon = strchr(text + at, ':');
        if (colon != NULL && n < MAX_HEADERS) {
            *colon = '\0';
            h[n++] = (apic_header){text + at, colon + 1};
        }
        at = (size_t)(nl - text) + 1;
    }
    const char *body = (const char *)data + 1 + at;
    size_t len = end - at;
    if (sign) {
        const char *id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
        for (size_t i = 0; i < n; i++)
            if (s->scheme->id_header != NULL && strcasecmp(h[i].name, s->scheme->id_header) == 0) id = h[i].value;
        id += strspn(id, " \t"); /* the verifier reads the value without the blanks around it */
        /* Signed as its sender would: those headers first, the input's own after them. */
        if (apic_webhook_sign(s->scheme, &s->secrets[0], id, s->scheme->timestamp_ms ? NOW_S * 1000 : NOW_S, body, len,
                              &mine, NULL) == 0) {
            memmove(h + mine.n_headers, h, n * sizeof h[0]);
            memcpy(h, mine.headers, mine.n_headers * sizeof h[0]);
            n += mine.n_headers;
        }
    }

    apic_error err = {0};
    int rc = apic_webhook_verify(v, h, n, body, len, NOW_S * 1000, &err);
    FUZZ_CHECK(rc == 0 || rc == APIC_E_WEBHOOK_HEADER || rc == APIC_E_WEBHOOK_MALFORMED ||
                   rc == APIC_E_WEBHOOK_TIMESTAMP || rc == APIC_E_WEBHOOK_SIGNATURE,
               "verify returned %d: %s", rc, err.message);
    /* No message shows a secret, or the signature the body should have had. */
    for (size_t i = 0; i < 2; i++) FUZZ_CHECK(strstr(err.message, s->secrets[i].secret) == NULL, "%s", err.message);
    for (size_t i = 0; rc != 0 && i < mine.n_headers; i++) {
        const char *sig = mine.headers[i].value;
        FUZZ_CHECK(mine.headers[i].name != s->scheme->signature_header || strstr(err.message, sig) == NULL, "%s",
                   err.message);
    }
    if (rc == 0 && s->scheme == &APIC_WEBHOOK_STANDARD) {
        receive(esauti, &esauti_webhook_events, h, n, body, len);
        receive(shop, &webhook_header_webhook_events, h, n, body, len);
    }
    apic_error_clear(&err);
    free(text);
    return 0;
}
