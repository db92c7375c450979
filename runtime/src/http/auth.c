/* Security schemes: choosing the alternative and spelling the Authorization header. */
#include <stdlib.h>
#include <string.h>

#include "base/base64.h"
#include "http/auth.h"

static bool configured(const apic_security_scheme *s, const apic_credentials *c)
{
    switch (s->kind) {
    case APIC_AUTH_BEARER:
        return c->token != NULL;
    case APIC_AUTH_BASIC:
        return c->username != NULL;
    case APIC_AUTH_API_KEY:
        return c->api_key != NULL && s->param != NULL;
    case APIC_AUTH_HMAC:
        return c->hmac_secret != NULL && s->param != NULL;
    case APIC_AUTH_PUSHER:
        return c->api_key != NULL && c->hmac_secret != NULL;
    }
    return false;
}

/* An empty alternative ({} in the spec: "anonymous is fine") is satisfied by anyone, so it
 * is not allowed to win over a later one the caller did configure credentials for. */
const apic_security_req *apic_auth_pick(const apic_operation *op, const apic_credentials *c)
{
    for (size_t i = 0; op->security != NULL && i < op->n_security; i++) {
        const apic_security_req *alt = &op->security[i];
        if (alt->n_schemes == 0) continue;
        size_t j = 0;
        while (j < alt->n_schemes && alt->schemes[j] != NULL && configured(alt->schemes[j], c)) j++;
        if (j == alt->n_schemes) return alt;
    }
    return NULL;
}

static char *basic(const char *user, const char *pass)
{
    size_t ul = strlen(user), pl = pass != NULL ? strlen(pass) : 0;
    size_t n = ul + 1 + pl;
    unsigned char *pair = malloc(n);
    char *out = malloc(6 + APIC_BASE64_LEN(n) + 1);
    if (pair != NULL && out != NULL) {
        memcpy(pair, user, ul);
        pair[ul] = ':';
        if (pl > 0) memcpy(pair + ul + 1, pass, pl);
        memcpy(out, "Basic ", 6);
        apic_base64_write(out + 6, pair, n);
    } else {
        free(out);
        out = NULL;
    }
    if (pair != NULL) {
        /* The pair holds the password in clear: do not leave it in freed memory. */
        volatile unsigned char *v = pair;
        for (size_t i = 0; i < n; i++) v[i] = 0;
        free(pair);
    }
    return out;
}

char *apic_auth_header_value(const apic_security_scheme *s, const apic_credentials *c)
{
    if (s->kind == APIC_AUTH_BASIC) return basic(c->username, c->password);
    size_t tl = strlen(c->token);
    char *out = malloc(7 + tl + 1);
    if (out != NULL) {
        memcpy(out, "Bearer ", 7);
        memcpy(out + 7, c->token, tl + 1);
    }
    return out;
}
