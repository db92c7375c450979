/* URL, query and form encoding (apic/url.h). The input is percent-encoded as it is (both ways:
 * with reserved characters kept and without), and decoded as JSON into the parameters of every
 * operation of tests/golden/params.yaml (path, query, header and cookie parameters in every
 * style) and into the form body of tests/golden/forms.yaml (deepObject, pipe- and
 * space-delimited members). What is written must hold only characters a URL or a form body may
 * (unreserved ones, %XX escapes, the delimiters of the styles), no path segment may be "." or ".."
 * (it would climb out of the path), no header line may hold a line break, and string values must
 * decode back to what they were; a refused value leaves the URL or body as it was. */
#include <string.h>

#include <forms/forms.h>
#include <params/params.h>

#include "fuzz_check.h"
#include "percent.h"

#define BASE "http://127.0.0.1:9/api"
#define RESERVED ":/?#[]@!$&'()*+,;="
/* What may follow the base URL: the reserved set (allowReserved parameters keep it, and the
 * styles write '/', '?', '&', '=', ',', ';', '.', brackets) and '|' (pipeDelimited). */
#define URL_ALSO RESERVED "|"
#define FORM_ALSO "=&[],|"

static void encode_raw(const char *s, size_t n, bool allow_reserved)
{
    apic_buf enc = {0}, dec = {0};
    FUZZ_CHECK(apic_url_encode(&enc, s, n, allow_reserved) == 0, "out of memory");
    FUZZ_CHECK(fuzz_only(enc.data, enc.len, allow_reserved ? RESERVED : ""), "encoded: %s", enc.data);
    FUZZ_CHECK(fuzz_percent_decode(enc.data, enc.len, &dec) && dec.len == n && (n == 0 || memcmp(dec.data, s, n) == 0),
               "%s does not decode to the input", enc.data);
    apic_buf_free(&enc);
    apic_buf_free(&dec);
}

/* Whether text (pairs joined by sep) has a pair `name=<value percent-encoded>`. */
static bool has_pair(const char *text, char sep, const char *name, const char *value)
{
    size_t nl = strlen(name);
    for (const char *p = text; p != NULL && *p != '\0';) {
        const char *end = strchr(p, sep);
        size_t len = end != NULL ? (size_t)(end - p) : strlen(p);
        if (len > nl && strncmp(p, name, nl) == 0 && p[nl] == '=') {
            apic_buf dec = {0};
            bool same = fuzz_percent_decode(p + nl + 1, len - nl - 1, &dec) && dec.len == strlen(value) &&
                        (dec.len == 0 || memcmp(dec.data, value, dec.len) == 0);
            apic_buf_free(&dec);
            if (same) return true;
        }
        p = end != NULL ? end + 1 : NULL;
    }
    return false;
}

static void check_url(const apic_operation *op, const void *params, const char *url)
{
    FUZZ_CHECK(strncmp(url, BASE, strlen(BASE)) == 0, "%s: %s", op->name, url);
    const char *rest = url + strlen(BASE), *query = strchr(rest, '?');
    FUZZ_CHECK(fuzz_only(rest, strlen(rest), URL_ALSO), "%s: %s", op->name, url);
    size_t path_len = query != NULL ? (size_t)(query - rest) : strlen(rest);
    for (size_t a = 0; a < path_len;) {
        size_t b = a + 1;
        while (b < path_len && rest[b] != '/') b++;
        size_t n = b - a - 1;
        FUZZ_CHECK(!(n == 1 && rest[a + 1] == '.') && !(n == 2 && rest[a + 1] == '.' && rest[a + 2] == '.'),
                   "%s: a dot-segment in %s", op->name, url);
        a = b;
    }
    /* String query parameters in form style read back as they were (not with allowReserved,
     * whose '&' or '=' is sent as it is, as OpenAPI says, and so does not read back). */
    for (size_t i = 0; i < op->params->n_fields; i++) {
        const apic_field *fd = &op->params->fields[i];
        const apic_param *loc = &op->param_locs[i];
        if (loc->in != APIC_IN_QUERY || fd->type->kind != APIC_STRING || loc->style != APIC_STYLE_FORM ||
            loc->allow_reserved) {
            continue;
        }
        const char *value = *(char *const *)(const void *)((const char *)params + fd->offset);
        if (value == NULL) continue;
        FUZZ_CHECK(query != NULL && has_pair(query + 1, '&', fd->name, value), "%s: %s=%s is not in %s", op->name,
                   fd->name, value, url);
    }
}

static void build(const apic_operation *op, const uint8_t *data, size_t size)
{
    apic_type t = {APIC_OBJECT, APIC_FMT_NONE, op->params, NULL, NULL};
    void *params = calloc(1, op->params->size);
    FUZZ_CHECK(params != NULL, "out of memory");
    if (apic_json_decode(&t, (const char *)data, size, params, NULL) == 0) {
        apic_buf url = {0};
        char **headers = NULL;
        size_t n = 0;
        apic_error err = {0};
        int rc = apic_url_build(BASE, op, params, &url, &headers, &n, &err);
        FUZZ_CHECK(rc == 0 || rc == APIC_E_VALIDATION || rc == APIC_E_ENCODE, "%s: %d %s", op->name, rc, err.message);
        if (rc == 0) {
            check_url(op, params, url.data);
            for (size_t i = 0; i < n; i++) {
                FUZZ_CHECK(strpbrk(headers[i], "\r\n") == NULL, "%s: header line %s", op->name, headers[i]);
                FUZZ_CHECK(strstr(headers[i], ": ") != NULL, "%s: header line %s", op->name, headers[i]);
            }
        } else {
            FUZZ_CHECK(url.len == 0, "%s: a refused value left %s", op->name, url.data);
        }
        for (size_t i = 0; i < n; i++) free(headers[i]);
        free(headers);
        apic_buf_free(&url);
        apic_error_clear(&err);
    }
    apic_value_clear(&t, params);
    free(params);
}

static void form(const uint8_t *data, size_t size)
{
    static const apic_type t = {APIC_OBJECT, APIC_FMT_NONE, &forms_customer_form_desc, NULL, NULL};
    forms_customer_form value;
    memset(&value, 0, sizeof value);
    if (apic_json_decode(&t, (const char *)data, size, &value, NULL) != 0) return;
    apic_buf out = {0};
    apic_error err = {0};
    int rc = apic_form_encode(&t, &value, forms_customers_create_op.body_fields, &out, &err);
    FUZZ_CHECK(rc == 0 || rc == APIC_E_VALIDATION || rc == APIC_E_ENCODE, "form: %d %s", rc, err.message);
    if (rc == 0) {
        FUZZ_CHECK(fuzz_only(out.data, out.len, FORM_ALSO), "form: %s", out.data);
        FUZZ_CHECK(has_pair(out.data, '&', "name", value.name), "form: name=%s is not in %s", value.name, out.data);
        FUZZ_CHECK(value.note == NULL || has_pair(out.data, '&', "note", value.note), "form: note=%s is not in %s",
                   value.note, out.data);
    } else {
        FUZZ_CHECK(out.len == 0, "form: a refused value left %s", out.data);
    }
    apic_buf_free(&out);
    apic_error_clear(&err);
    apic_value_clear(&t, &value);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    encode_raw((const char *)data, size, false);
    encode_raw((const char *)data, size, true);
    for (size_t i = 0; i < params_operation_count; i++)
        if (params_operations[i]->params != NULL) build(params_operations[i], data, size);
    form(data, size);
    return 0;
}
