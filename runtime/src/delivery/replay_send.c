/* Sending one dead-letter record again: through the replay's hook when it takes the record, else
 * as it was recorded (apic/dead_letter.h): the same method, URL, headers, body, Content-Type and
 * idempotency key, authenticated anew by the replaying client's credentials and signer following
 * the recorded security. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "apic/codec.h"
#include "base/base64.h"
#include "base/text.h"
#include "delivery/call_internal.h"
#include "delivery/client_internal.h"
#include "delivery/replay.h"
#include "http/url_rebase.h"

/* --- the record, as read back ---------------------------------------------------------------- */

typedef struct header {
    char *name;
    char *value;
} header;

static const apic_field header_fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(header, name), -1, -1, &apic_type_string},
    {"value", 5, APIC_F_REQUIRED, offsetof(header, value), -1, -1, &apic_type_string},
};
static const apic_struct_desc header_desc = {"DeadLetterHeader", sizeof(header), header_fields, 2, -1, -1, NULL};
static const apic_type header_type = {APIC_OBJECT, APIC_FMT_NONE, &header_desc, NULL, NULL};
static const apic_type headers_type = {APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &header_type};

typedef struct scheme {
    char *kind;
    char *name;
    char *in;
    char *param;
    char *timestamp_header;
    char *prefix;
} scheme;

static const apic_field scheme_fields[] = {
    {"kind", 4, APIC_F_REQUIRED, offsetof(scheme, kind), -1, -1, &apic_type_string},
    {"name", 4, 0, offsetof(scheme, name), -1, -1, &apic_type_string},
    {"in", 2, 0, offsetof(scheme, in), -1, -1, &apic_type_string},
    {"param", 5, 0, offsetof(scheme, param), -1, -1, &apic_type_string},
    {"timestamp_header", 16, 0, offsetof(scheme, timestamp_header), -1, -1, &apic_type_string},
    {"prefix", 6, 0, offsetof(scheme, prefix), -1, -1, &apic_type_string},
};
static const apic_struct_desc scheme_desc = {"DeadLetterScheme", sizeof(scheme), scheme_fields, 6, -1, -1, NULL};
static const apic_type scheme_type = {APIC_OBJECT, APIC_FMT_NONE, &scheme_desc, NULL, NULL};
static const apic_type alternative_type = {APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &scheme_type};
static const apic_type security_type = {APIC_ARRAY, APIC_FMT_NONE, NULL, NULL, &alternative_type};

/* The members a replay uses. */
typedef struct record {
    char *kind;
    int32_t format; /* 0: absent, a record from before the format was written (format 1) */
    char *operation;
    char *method;
    char *url;
    char *base_url;
    char *content_type;
    char *accept;
    apic_array headers;  /* of header */
    apic_array security; /* of apic_array of scheme */
    char *idempotency_key;
    char *body; /* raw JSON: exactly as it was sent */
    char *body_text;
    char *body_base64;
} record;

static const apic_field record_fields[] = {
    {"kind", 4, APIC_F_REQUIRED, offsetof(record, kind), -1, -1, &apic_type_string},
    {"format", 6, 0, offsetof(record, format), -1, -1, &apic_type_int32},
    {"operation", 9, 0, offsetof(record, operation), -1, -1, &apic_type_string},
    {"method", 6, 0, offsetof(record, method), -1, -1, &apic_type_string},
    {"url", 3, 0, offsetof(record, url), -1, -1, &apic_type_string},
    {"base_url", 8, 0, offsetof(record, base_url), -1, -1, &apic_type_string},
    {"content_type", 12, 0, offsetof(record, content_type), -1, -1, &apic_type_string},
    {"accept", 6, 0, offsetof(record, accept), -1, -1, &apic_type_string},
    {"headers", 7, 0, offsetof(record, headers), -1, -1, &headers_type},
    {"security", 8, 0, offsetof(record, security), -1, -1, &security_type},
    {"idempotency_key", 15, 0, offsetof(record, idempotency_key), -1, -1, &apic_type_string},
    {"body", 4, 0, offsetof(record, body), -1, -1, &apic_type_any},
    {"body_text", 9, 0, offsetof(record, body_text), -1, -1, &apic_type_string},
    {"body_base64", 11, 0, offsetof(record, body_base64), -1, -1, &apic_type_string},
};
static const apic_struct_desc record_desc = {"DeadLetterRecord", sizeof(record), record_fields, 14, -1, -1, NULL};
static const apic_type record_type = {APIC_OBJECT, APIC_FMT_NONE, &record_desc, NULL, NULL};

/* --- any record, as it was recorded ------------------------------------------------------------ */

/* The recorded security as descriptors: alternatives, pointers to their schemes, the schemes. */
typedef struct security {
    apic_security_req *alts;
    const apic_security_scheme **refs;
    apic_security_scheme *schemes;
    apic_hmac_scheme *hmacs;
} security;

static void security_free(security *s)
{
    free(s->alts);
    free(s->refs);
    free(s->schemes);
    free(s->hmacs);
}

static bool scheme_from(const scheme *in, apic_security_scheme *out, apic_hmac_scheme *hmac)
{
    *out = (apic_security_scheme){in->name, 0, APIC_IN_HEADER, in->param, NULL, NULL};
    /* Decoding does not insist on required members: a record may lack any of them. */
    if (in->kind == NULL) return false;
    if (strcmp(in->kind, "bearer") == 0) out->kind = APIC_AUTH_BEARER;
    else if (strcmp(in->kind, "basic") == 0) out->kind = APIC_AUTH_BASIC;
    else if (strcmp(in->kind, "apiKey") == 0) out->kind = APIC_AUTH_API_KEY;
    else if (strcmp(in->kind, "hmac") == 0) out->kind = APIC_AUTH_HMAC;
    else if (strcmp(in->kind, "pusher") == 0) out->kind = APIC_AUTH_PUSHER;
    else return false; /* a scheme this version cannot apply: better kept than sent unauthenticated */
    if (in->in != NULL && strcmp(in->in, "query") == 0) out->in = APIC_IN_QUERY;
    if (out->kind == APIC_AUTH_PUSHER) out->in = APIC_IN_QUERY;
    else if (in->in != NULL && strcmp(in->in, "cookie") == 0) out->in = APIC_IN_COOKIE;
    if (out->kind == APIC_AUTH_API_KEY) out->prefix = in->prefix; /* "ServiceToken " before the key */
    if (out->kind == APIC_AUTH_HMAC) {
        *hmac = (apic_hmac_scheme){in->timestamp_header, in->prefix};
        out->hmac = hmac;
    }
    return (out->kind != APIC_AUTH_API_KEY && out->kind != APIC_AUTH_HMAC) || out->param != NULL;
}

/* false when the record's security cannot be applied, or out of memory. */
static bool security_from(const apic_array *alternatives, security *out)
{
    const apic_array *alts = alternatives->items;
    size_t total = 0;
    for (size_t i = 0; i < alternatives->count; i++) total += alts[i].count;
    out->alts = calloc(alternatives->count + 1, sizeof *out->alts);
    out->refs = calloc(total + 1, sizeof *out->refs);
    out->schemes = calloc(total + 1, sizeof *out->schemes);
    out->hmacs = calloc(total + 1, sizeof *out->hmacs);
    if (out->alts == NULL || out->refs == NULL || out->schemes == NULL || out->hmacs == NULL) return false;
    size_t k = 0;
    for (size_t i = 0; i < alternatives->count; i++) {
        out->alts[i] = (apic_security_req){out->refs + k, alts[i].count};
        const scheme *schemes = alts[i].items;
        for (size_t j = 0; j < alts[i].count; j++, k++) {
            if (!scheme_from(&schemes[j], &out->schemes[k], &out->hmacs[k])) return false;
            out->refs[k] = &out->schemes[k];
        }
    }
    return true;
}

/* The recorded body: *body NULL when there was none; false when it cannot be read. */
static bool body_from(const record *rec, apic_buf *decoded, const char **body, size_t *len)
{
    *body = rec->body != NULL ? rec->body : rec->body_text;
    *len = *body != NULL ? strlen(*body) : 0;
    if (*body != NULL || rec->body_base64 == NULL) return true;
    if (apic_base64_decode(decoded, rec->body_base64, strlen(rec->body_base64)) != 0) return false;
    *body = decoded->data;
    *len = decoded->len;
    return true;
}

/* Nothing read back may end a header line early (a record is data, not a request to trust). */
static bool headers_from(const record *rec, apic_header *out)
{
    const header *h = rec->headers.items;
    for (size_t i = 0; i < rec->headers.count; i++) {
        if (h[i].name == NULL || h[i].value == NULL) return false;
        if (apic_has_control(h[i].name, false) || apic_has_control(h[i].value, true)) return false;
        out[i] = (apic_header){h[i].name, h[i].value};
    }
    /* A method is a token, as a header name is: a space in it would change the request line. */
    return apic_is_header_name(rec->method) && !apic_has_control(rec->url, false) &&
           !apic_has_control(rec->content_type, true) && !apic_has_control(rec->accept, true) &&
           !apic_has_control(rec->idempotency_key, false);
}

static bool resend_as_recorded(apic_client *c, const record *rec, unsigned flags)
{
    security sec = {NULL, NULL, NULL, NULL};
    apic_buf decoded = {0}, url = {0};
    if ((flags & APIC_REPLAY_REBASE) != 0 && apic_url_rebase(rec->url, rec->base_url, c->http.base_url, &url) != 0) {
        return false;
    }
    const char *body;
    size_t body_len;
    apic_header *headers = malloc((rec->headers.count + 1) * sizeof *headers);
    bool ok = headers != NULL && headers_from(rec, headers) && security_from(&rec->security, &sec) &&
              body_from(rec, &decoded, &body, &body_len);
    int rc = -1;
    if (ok) {
        /* Its Accept is the media of its one (2XX) response; its body goes as recorded. */
        apic_response accepts = {2, NULL, rec->accept, APIC_RESPONSE_JSON};
        apic_operation op = {.name = rec->operation, .method = rec->method, .path = "", .body_media = rec->content_type,
                             .responses = rec->accept != NULL ? &accepts : NULL, .n_responses = rec->accept != NULL,
                             .security = sec.alts, .n_security = rec->security.count};
        apic_request_options o = {.url = url.data != NULL ? url.data : rec->url, .headers = headers, .n_headers = rec->headers.count, .body = body,
                                  .body_len = body_len, .idempotency_key = rec->idempotency_key};
        apic_error err = {0};
        rc = apic_call_internal(c, &op, NULL, NULL, &o, false, NULL, &err);
        apic_error_clear(&err);
    }
    free(headers);
    security_free(&sec);
    apic_buf_free(&decoded);
    apic_buf_free(&url);
    return rc == 0;
}

apic_resend_result apic_dead_letter_resend(apic_client *c, unsigned flags, apic_replay_hook hook, void *ctx,
                                           const char *line, size_t len)
{
    record rec;
    memset(&rec, 0, sizeof rec);
    if (apic_json_decode(&record_type, line, len, &rec, NULL) != 0) return APIC_RESEND_UNREADABLE;
    apic_replayed view = {rec.kind, rec.format, rec.operation, rec.body, rec.idempotency_key};
    int hooked = hook != NULL ? hook(ctx, c, &view) : -1;
    bool sent = hooked == 1;
    if (hooked < 0 && rec.format >= 2 && rec.format <= APIC_DEAD_LETTER_FORMAT && rec.method != NULL && rec.url != NULL) {
        sent = resend_as_recorded(c, &rec, flags);
    }
    apic_value_clear(&record_type, &rec);
    return sent ? APIC_RESEND_DELIVERED : APIC_RESEND_KEPT;
}
