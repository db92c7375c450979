/**
 * @file suprsend/attachments.h
 * @brief Files attached to a workflow trigger (its `data`) or an event (its `properties`), the
 * way SuprSend's SDKs send them: entries of the object's `$attachments` array. Handwritten
 * (spec/suprsend/c); part of the SDK.
 *
 * A file is read when the request is built, before anything is sent, and goes as
 * `{"filename", "contentType", "data" (base64), "url": null, "ignore_if_error"}`; its MIME type
 * comes from its content (libmagic), as SuprSend's Python SDK finds it. An http:// or https://
 * "path" is a link SuprSend fetches itself:
 * `{"filename", "contentType": null, "data": null, "url", "ignore_if_error"}`. A file that cannot
 * be read is an error naming the path (unless ignore_if_error), and so is one too big for a
 * request (SUPRSEND_BODY_MAX_BYTES once in base64), named with its size.
 *
 * @code
 * suprsend_attachment files[] = {{"invoice.pdf", NULL, false}, {"https://example.com/terms.pdf", "terms.pdf", true}};
 * suprsend_workflow_trigger t = {0};
 * t.attachments = files;
 * t.n_attachments = 2;
 * @endcode
 */
#ifndef SUPRSEND_ATTACHMENTS_H
#define SUPRSEND_ATTACHMENTS_H

#include <stdbool.h>
#include <stddef.h>

#include <apic/apic.h>

#include "client.h"

#ifdef __cplusplus
extern "C" {
#endif

/** One attachment: a file to read, or a link. */
typedef struct suprsend_attachment {
    /** A file's path (as given: no `~` expansion), or an http:// or https:// URL. Required. */
    const char *path;
    /** The name the email shows; NULL or blank = the file's own name (for a link: none, null). */
    const char *file_name;
    /**
     * true: a file that cannot be read is left out (and logged at warn level) instead of failing
     * the call; SuprSend likewise skips a link it cannot fetch. Sent as `ignore_if_error`.
     */
    bool ignore_if_error;
} suprsend_attachment;

/**
 * A JSON object with attachments appended to its `$attachments` array (made when it has none).
 * @param object the object's JSON text, or NULL for `{}`
 * @param attachments the attachments, in order (may be NULL when n is 0)
 * @param n how many
 * @param client where a file left out (ignore_if_error) is logged; may be NULL
 * @param out receives the new text (free() it); NULL on failure
 * @param err receives e.g. `attachment 'missing.pdf': cannot open: No such file or directory`
 * @return 0; APIC_E_ARG (an attachment without a path, a file that cannot be read, a folder);
 *         APIC_E_VALIDATION (object not a JSON object or its `$attachments` not an array, a file
 *         too big for a request); APIC_E_CONFIG (libmagic cannot load its database); APIC_E_NOMEM
 */
APIC_EXPORT int suprsend_add_attachments(const char *object, const suprsend_attachment *attachments, size_t n,
                                         suprsend_client *client, char **out, suprsend_error *err);

#ifdef __cplusplus
}
#endif
#endif
