/* Attachments (attachments.h): files read, typed by libmagic and base64-encoded, or links, as
 * entries of an object's `$attachments` array. The object is taken apart one level only (its
 * members as raw JSON, apic_json_map), so whatever else it holds is sent back byte for byte. */
#include <errno.h>
#include <fcntl.h>
#include <magic.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "suprsend/suprsend.h"

#define ATTACHMENTS "$attachments"

/* What libmagic cannot name (Python's mimetypes fallback, which SuprSend's Python SDK uses too). */
#define UNKNOWN_TYPE "application/octet-stream"

/* Base64 of n bytes, padded. */
#define BASE64_LEN(n) (4 * (((size_t)(n) + 2) / 3))

static bool is_link(const char *path)
{
    return strncmp(path, "http://", 7) == 0 || strncmp(path, "https://", 8) == 0;
}

/* The name given, without surrounding blanks, as a new string; NULL when none is given. */
static char *given_name(const char *name)
{
    if (name == NULL) return NULL;
    while (*name == ' ' || *name == '\t' || *name == '\n' || *name == '\r') name++;
    size_t n = strlen(name);
    while (n > 0 && (name[n - 1] == ' ' || name[n - 1] == '\t' || name[n - 1] == '\n' || name[n - 1] == '\r')) n--;
    return n > 0 ? strndup(name, n) : NULL;
}

/* The file's bytes (*data, free() it) and length, refused before reading when their base64
 * alone could not fit in a request. Returns 0, APIC_E_ARG (err naming the path), APIC_E_VALIDATION
 * (the size) or APIC_E_NOMEM. */
static int read_file(const char *path, unsigned char **data, size_t *len, apic_error *err)
{
    *data = NULL;
    *len = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return apic_error_set(err, APIC_E_ARG, "attachment '%.300s': cannot open: %s", path, strerror(errno));
    struct stat st;
    int rc = 0;
    if (fstat(fd, &st) != 0) {
        rc = apic_error_set(err, APIC_E_ARG, "attachment '%.300s': cannot read: %s", path, strerror(errno));
    } else if (!S_ISREG(st.st_mode)) {
        rc = apic_error_set(err, APIC_E_ARG, "attachment '%.300s': not a file", path);
    } else if ((unsigned long long)st.st_size > SUPRSEND_BODY_MAX_BYTES / 4 * 3) {
        rc = apic_error_set(err, APIC_E_VALIDATION,
                            "attachment '%.300s': %lld bytes, %zu in base64: more than a request may carry (%u bytes, 800 KB)",
                            path, (long long)st.st_size, BASE64_LEN(st.st_size), SUPRSEND_BODY_MAX_BYTES);
    } else if ((*data = malloc((size_t)st.st_size + 1)) == NULL) {
        rc = APIC_E_NOMEM;
    }
    /* The size read at fstat() bounds what is sent: a file growing meanwhile is cut there. */
    while (rc == 0 && *len < (size_t)st.st_size) {
        ssize_t got = read(fd, *data + *len, (size_t)st.st_size - *len);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) rc = apic_error_set(err, APIC_E_ARG, "attachment '%.300s': cannot read: %s", path, strerror(errno));
        if (got <= 0) break;
        *len += (size_t)got;
    }
    close(fd);
    if (rc != 0) {
        free(*data);
        *data = NULL;
        *len = 0;
    }
    return rc;
}

/* The last part of a path: the file's own name. */
static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash != NULL ? slash + 1 : path;
}

/* Appends one file's entry: read, typed, encoded. *magic is opened on first use. */
static int add_file(apic_buf *b, const suprsend_attachment *a, magic_t *magic, apic_error *err)
{
    unsigned char *data = NULL;
    size_t len = 0;
    int rc = read_file(a->path, &data, &len, err);
    if (rc != 0) return rc;
    if (*magic == NULL) {
        *magic = magic_open(MAGIC_MIME_TYPE);
        if (*magic == NULL) rc = APIC_E_NOMEM;
        if (rc == 0 && magic_load(*magic, NULL) != 0) {
            rc = apic_error_set(err, APIC_E_CONFIG, "libmagic cannot load its database: %s", magic_error(*magic));
        }
    }
    const char *type = rc == 0 ? magic_buffer(*magic, data, len) : NULL;
    char *name = given_name(a->file_name);
    unsigned char *b64 = rc == 0 ? malloc(BASE64_LEN(len) + 1) : NULL;
    if (rc == 0 && b64 == NULL) rc = APIC_E_NOMEM;
    if (rc == 0) {
        /* len fits an int: read_file() refused anything near INT_MAX. */
        EVP_EncodeBlock(b64, data, (int)len);
        const char *shown = name != NULL ? name : base_name(a->path);
        if (apic_buf_puts(b, "{\"filename\":") != 0 || apic_json_write_string(b, shown, strlen(shown)) != 0 ||
            apic_buf_puts(b, ",\"contentType\":") != 0 ||
            apic_json_write_string(b, type != NULL ? type : UNKNOWN_TYPE, strlen(type != NULL ? type : UNKNOWN_TYPE)) != 0 ||
            apic_buf_puts(b, ",\"data\":\"") != 0 || apic_buf_append(b, b64, BASE64_LEN(len)) != 0 ||
            apic_buf_printf(b, "\",\"url\":null,\"ignore_if_error\":%s}", a->ignore_if_error ? "true" : "false") != 0) {
            rc = APIC_E_NOMEM;
        }
    }
    free(b64);
    free(name);
    free(data);
    return rc;
}

/* Appends one link's entry; SuprSend fetches it. */
static int add_link(apic_buf *b, const suprsend_attachment *a)
{
    char *name = given_name(a->file_name);
    int rc = apic_buf_puts(b, "{\"filename\":");
    if (rc == 0) rc = name != NULL ? apic_json_write_string(b, name, strlen(name)) : apic_buf_puts(b, "null");
    if (rc == 0) rc = apic_buf_puts(b, ",\"contentType\":null,\"data\":null,\"url\":");
    if (rc == 0) rc = apic_json_write_string(b, a->path, strlen(a->path));
    if (rc == 0) rc = apic_buf_printf(b, ",\"ignore_if_error\":%s}", a->ignore_if_error ? "true" : "false");
    free(name);
    return rc != 0 ? APIC_E_NOMEM : 0;
}

/* The entries, comma-separated, into b; files left out (ignore_if_error) are logged. */
static int entries(const suprsend_attachment *list, size_t n, suprsend_client *client, apic_buf *b, apic_error *err)
{
    magic_t magic = NULL;
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < n; i++) {
        const suprsend_attachment *a = &list[i];
        if (a->path == NULL || *a->path == '\0') {
            rc = apic_error_set(err, APIC_E_ARG, "attachment %zu: a path or URL is required", i + 1);
            break;
        }
        size_t before = b->len;
        apic_error why = {0};
        if (before > 0) rc = apic_buf_putc(b, ',');
        if (rc == 0) rc = is_link(a->path) ? add_link(b, a) : add_file(b, a, &magic, &why);
        /* Only the file's own faults are forgiven: memory and libmagic's database are not its. */
        if ((rc == APIC_E_ARG || rc == APIC_E_VALIDATION) && a->ignore_if_error) {
            char line[sizeof why.message + 16];
            snprintf(line, sizeof line, "left out: %s", why.message);
            if (client != NULL) apic_client_log(client, APIC_LOG_WARN, NULL, line);
            b->len = before;
            if (b->data != NULL) b->data[before] = '\0';
            rc = 0;
        } else if (rc == APIC_E_NOMEM) {
            apic_error_set(err, APIC_E_NOMEM, "attachments: out of memory");
        } else if (rc != 0) {
            apic_error_set(err, (apic_status)rc, "%s", why.message);
        }
        apic_error_clear(&why);
    }
    if (magic != NULL) magic_close(magic);
    return rc;
}

/* The array's raw JSON text with the entries appended: `[` ... `]` as it was, then `,` entries. */
static char *appended(const char *array, const apic_buf *more)
{
    size_t end = strlen(array);
    while (end > 0 && (array[end - 1] == ' ' || array[end - 1] == '\t' || array[end - 1] == '\n' || array[end - 1] == '\r')) end--;
    const char *open = array + strspn(array, " \t\r\n");
    if (*open != '[' || end == 0 || array[end - 1] != ']') return NULL;
    bool empty = open[1 + strspn(open + 1, " \t\r\n")] == ']';
    apic_buf b = {0};
    if (apic_buf_append(&b, array, end - 1) != 0 || (!empty && apic_buf_putc(&b, ',') != 0) ||
        apic_buf_append(&b, more->data, more->len) != 0 || apic_buf_putc(&b, ']') != 0) {
        apic_buf_free(&b);
        return NULL;
    }
    return apic_buf_steal(&b);
}

/* Sets m's `$attachments` to its array with more appended, or to [more] when it has none. */
static int set_attachments(apic_json_map *m, const apic_buf *more, apic_error *err)
{
    for (size_t i = 0; i < m->count; i++) {
        if (strcmp(m->keys[i], ATTACHMENTS) != 0) continue;
        char *value = appended(m->values[i], more);
        const char *open = m->values[i] + strspn(m->values[i], " \t\r\n");
        if (value == NULL && *open != '[') return apic_error_set(err, APIC_E_VALIDATION, ATTACHMENTS ": not an array");
        if (value == NULL) return apic_error_set(err, APIC_E_NOMEM, "attachments: out of memory");
        free(m->values[i]);
        m->values[i] = value;
        return 0;
    }
    char **keys = realloc(m->keys, (m->count + 1) * sizeof *keys);
    if (keys != NULL) m->keys = keys;
    char **values = keys != NULL ? realloc(m->values, (m->count + 1) * sizeof *values) : NULL;
    if (values != NULL) m->values = values;
    char *key = strdup(ATTACHMENTS);
    apic_buf v = {0};
    if (values == NULL || key == NULL || apic_buf_putc(&v, '[') != 0 || apic_buf_append(&v, more->data, more->len) != 0 ||
        apic_buf_putc(&v, ']') != 0) {
        free(key);
        apic_buf_free(&v);
        return apic_error_set(err, APIC_E_NOMEM, "attachments: out of memory");
    }
    m->keys[m->count] = key;
    m->values[m->count] = apic_buf_steal(&v);
    m->count++;
    return 0;
}

int suprsend_add_attachments(const char *object, const suprsend_attachment *attachments, size_t n, suprsend_client *client,
                             char **out, suprsend_error *err)
{
    if (out == NULL || (attachments == NULL && n > 0)) {
        return apic_error_set(err, APIC_E_ARG, "suprsend_add_attachments: out is required, and attachments when n > 0");
    }
    *out = NULL;
    if (object == NULL) object = "{}";
    apic_json_map m = {NULL, NULL, 0};
    const char *open = object + strspn(object, " \t\r\n");
    if (*open != '{') return apic_error_set(err, APIC_E_VALIDATION, "not a JSON object");
    apic_error why = {0};
    if (apic_json_decode(&apic_type_json_map, object, strlen(object), &m, &why) != 0) {
        int rc = apic_error_set(err, APIC_E_VALIDATION, "not a JSON object: %s", why.message);
        apic_error_clear(&why);
        return rc;
    }
    apic_buf more = {0}, text = {0};
    int rc = entries(attachments, n, client, &more, err);
    if (rc == 0 && more.len > 0) rc = set_attachments(&m, &more, err);
    if (rc == 0) rc = apic_json_encode(&apic_type_json_map, &m, &text, 0, err);
    if (rc == 0 && (*out = apic_buf_steal(&text)) == NULL) rc = apic_error_set(err, APIC_E_NOMEM, "attachments: out of memory");
    apic_buf_free(&more);
    apic_buf_free(&text);
    apic_value_clear(&apic_type_json_map, &m);
    return rc;
}
