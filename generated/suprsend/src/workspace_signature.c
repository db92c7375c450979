/* SuprSend's legacy workspace signature (workspace_signature.h), as an apic_signer: the runtime
 * calls it last for every attempt, with the final URL and body bytes. */
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suprsend/suprsend.h"

struct suprsend_workspace_signer {
    apic_signer signer; /* what cfg->signer points at; ctx is this struct */
    char *key;
    char *secret; /* wiped before it is freed */
};

void suprsend_http_date(time_t t, char out[SUPRSEND_HTTP_DATE_LEN + 1])
{
    /* Not strftime(): its %a and %b follow the locale, and the signature needs English names. */
    static const char days[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    gmtime_r(&t, &tm);
    unsigned year = (unsigned)(tm.tm_year + 1900) % 10000u; /* four digits, as the format has room for */
    snprintf(out, SUPRSEND_HTTP_DATE_LEN + 1, "%s, %02u %s %04u %02u:%02u:%02u GMT", days[(unsigned)tm.tm_wday % 7u],
             (unsigned)tm.tm_mday % 100u, months[(unsigned)tm.tm_mon % 12u], year, (unsigned)tm.tm_hour % 100u,
             (unsigned)tm.tm_min % 100u, (unsigned)tm.tm_sec % 100u);
}

int suprsend_workspace_signature(const char *secret, const char *method, const char *body, size_t body_len,
                                 const char *content_type, const char *date, const char *request_uri,
                                 char out[SUPRSEND_SIGNATURE_LEN + 1])
{
    if (secret == NULL || method == NULL || date == NULL || request_uri == NULL || out == NULL || (body == NULL && body_len > 0)) {
        return APIC_E_ARG;
    }
    char md5[2 * 16 + 1] = "";
    if (body_len > 0) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int n = 0;
        if (EVP_Digest(body, body_len, digest, &n, EVP_md5(), NULL) != 1) return APIC_E_NOMEM;
        for (unsigned i = 0; i < n && i < 16; i++) snprintf(md5 + 2 * i, 3, "%02x", digest[i]);
    }
    apic_buf text = {0};
    int rc = apic_buf_printf(&text, "%s\n%s\n%s\n%s\n%s", method, md5, content_type != NULL ? content_type : "", date,
                             request_uri);
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int mac_len = 0;
    if (rc == 0 && HMAC(EVP_sha256(), secret, (int)strlen(secret), (const unsigned char *)text.data, text.len, mac,
                        &mac_len) == NULL) {
        rc = APIC_E_NOMEM;
    }
    apic_buf_free(&text);
    if (rc != 0) return APIC_E_NOMEM;
    EVP_EncodeBlock((unsigned char *)out, mac, (int)mac_len); /* 32 bytes: 44 characters and a NUL */
    OPENSSL_cleanse(mac, sizeof mac);
    return 0;
}

static int sign(void *ctx, apic_signing *req, apic_error *err)
{
    const suprsend_workspace_signer *s = (const suprsend_workspace_signer *)ctx;
    char date[SUPRSEND_HTTP_DATE_LEN + 1], signature[SUPRSEND_SIGNATURE_LEN + 1];
    suprsend_http_date(time(NULL), date);
    /* The Content-Type the runtime sends: a body goes as its operation's media type, which is
     * application/json for every SuprSend operation; without a body there is none. */
    const char *type = req->body_len > 0 ? "application/json" : "";
    if (suprsend_workspace_signature(s->secret, req->method, req->body, req->body_len, type, date, req->target, signature) != 0) {
        return apic_error_set(err, APIC_E_NOMEM, "workspace signature: out of memory");
    }
    apic_buf auth = {0};
    int rc = apic_buf_printf(&auth, "%s:%s", s->key, signature);
    if (rc == 0) rc = apic_signing_add_header(req, "Date", date);
    if (rc == 0) rc = apic_signing_add_header(req, "Authorization", auth.data);
    apic_buf_free(&auth);
    return rc == 0 ? 0 : apic_error_set(err, APIC_E_NOMEM, "workspace signature: out of memory");
}

void suprsend_workspace_signer_free(suprsend_workspace_signer *signer)
{
    if (signer == NULL) return;
    if (signer->secret != NULL) OPENSSL_cleanse(signer->secret, strlen(signer->secret));
    free(signer->secret);
    free(signer->key);
    free(signer);
}

int suprsend_use_workspace_signature(suprsend_config *cfg, const char *workspace_key, const char *workspace_secret,
                                     suprsend_workspace_signer **out, suprsend_error *err)
{
    if (out != NULL) *out = NULL;
    if (cfg == NULL || out == NULL || workspace_key == NULL || *workspace_key == '\0' || workspace_secret == NULL ||
        *workspace_secret == '\0') {
        return apic_error_set(err, APIC_E_ARG, "suprsend_use_workspace_signature: cfg, workspace_key, workspace_secret and out are required");
    }
    if (cfg->token != NULL && *cfg->token != '\0') {
        return apic_error_set(err, APIC_E_CONFIG, "config.token: set, and the workspace signature sends its own Authorization");
    }
    if (cfg->signer != NULL) return apic_error_set(err, APIC_E_CONFIG, "config.signer: already set");
    suprsend_workspace_signer *s = calloc(1, sizeof *s);
    if (s != NULL) {
        s->key = strdup(workspace_key);
        s->secret = strdup(workspace_secret);
    }
    if (s == NULL || s->key == NULL || s->secret == NULL) {
        suprsend_workspace_signer_free(s);
        return apic_error_set(err, APIC_E_NOMEM, "suprsend_use_workspace_signature: out of memory");
    }
    s->signer.sign = sign;
    s->signer.ctx = s;
    cfg->signer = &s->signer;
    *out = s;
    return 0;
}
