/* Replaying a dead-letter file: every record is sent again (dead_letter_resend.c) and the file
 * is rewritten (a new file renamed over the old one, so a crash leaves either the old or the
 * new file) with the records that still fail. When the file is the client's own sink, its lock
 * is held to read the file and to rewrite it, never while sending (which may take long, and a
 * fork() waits for the lock): records the process writes in between are appended as usual,
 * the file is not rotated meanwhile, and they are carried over into the new file. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/io.h"
#include "delivery/client_internal.h"
#include "delivery/dead_letter_internal.h"
#include "delivery/replay.h"

/* Appends the bytes of the file at path from offset on to out. */
static int read_file(const char *path, long offset, apic_buf *out, apic_error *err)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) return apic_error_set(err, APIC_E_ARG, "cannot read '%s': %s", path, strerror(errno));
    char chunk[8192];
    size_t n;
    int rc = fseek(f, offset, SEEK_SET) == 0 ? 0 : apic_error_set(err, APIC_E_TRANSPORT, "cannot read '%s'", path);
    while (rc == 0 && (n = fread(chunk, 1, sizeof chunk, f)) > 0) rc = apic_buf_append(out, chunk, n);
    if (rc == 0 && ferror(f)) rc = apic_error_set(err, APIC_E_TRANSPORT, "cannot read '%s'", path);
    fclose(f);
    if (rc == APIC_E_NOMEM) apic_error_set(err, rc, "out of memory reading '%s'", path);
    return rc;
}

/* Writes the kept lines to a new file beside path and renames it over path. */
static int rewrite(const char *path, const apic_buf *kept, apic_error *err)
{
    size_t n = strlen(path) + 16;
    char *tmp = malloc(n);
    if (tmp == NULL) return apic_error_set(err, APIC_E_NOMEM, "out of memory");
    snprintf(tmp, n, "%s.replay", path);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    int rc = fd >= 0 ? apic_write_all(fd, kept->data, kept->len) : -1;
    if (rc == 0) rc = fsync(fd);
    if (fd >= 0 && close(fd) != 0) rc = -1;
    if (rc == 0) rc = rename(tmp, path);
    int saved = errno;
    if (rc != 0) unlink(tmp);
    free(tmp);
    return rc == 0 ? 0 : apic_error_set(err, APIC_E_TRANSPORT, "cannot rewrite '%s': %s", path, strerror(saved));
}

/* The client's sink when it writes the file at path, else NULL. */
static apic_dead_letter_sink *sink_of(const apic_client *c, const char *path)
{
    apic_dead_letter_sink *s = c->dead_letter;
    return s != NULL && s->cfg.path != NULL && strcmp(s->cfg.path, path) == 0 ? s : NULL;
}

/* Sends every record of text again; kept receives the lines that stay. */
static int replay_lines(apic_client *client, unsigned flags, apic_replay_hook hook, void *ctx, const apic_buf *text,
                        apic_buf *kept, apic_replay_report *report, apic_error *err)
{
    for (size_t at = 0; at < text->len;) {
        char *line = text->data + at;
        char *nl = memchr(line, '\n', text->len - at);
        if (nl == NULL) { /* the last write never finished: the record is incomplete */
            report->torn++;
            break;
        }
        size_t len = (size_t)(nl - line) + 1;
        at += len;
        if (len == 1) continue;
        apic_resend_result got = apic_dead_letter_resend(client, flags, hook, ctx, line, len - 1);
        if (got == APIC_RESEND_UNREADABLE) report->unreadable++;
        else report->read++;
        if (got == APIC_RESEND_DELIVERED) {
            report->delivered++;
            continue;
        }
        if (got == APIC_RESEND_KEPT) report->kept++;
        if (apic_buf_append(kept, line, len) != 0) return apic_error_set(err, APIC_E_NOMEM, "out of memory");
    }
    return 0;
}

int apic_dead_letter_replay_with(apic_client *client, const char *path, unsigned flags, apic_replay_hook hook,
                                 void *ctx, apic_replay_report *report, apic_error *err)
{
    apic_replay_report local = {0, 0, 0, 0, 0};
    if (report == NULL) report = &local;
    *report = local;
    apic_dead_letter_sink *sink = sink_of(client, path);
    if (sink != NULL) {
        pthread_mutex_lock(&sink->lock);
        while (sink->replaying) pthread_cond_wait(&sink->replay_done, &sink->lock);
        sink->replaying = true;
    }
    apic_buf text = {0}, kept = {0};
    int rc = read_file(path, 0, &text, err);
    if (sink != NULL) pthread_mutex_unlock(&sink->lock);
    if (rc == 0) rc = replay_lines(client, flags, hook, ctx, &text, &kept, report, err);
    if (sink != NULL) pthread_mutex_lock(&sink->lock);
    if (rc == 0 && sink != NULL) {
        /* What this process wrote meanwhile; a torn last line was ended by the first of them. */
        size_t from = kept.len;
        rc = read_file(path, (long)text.len, &kept, err);
        bool torn = text.len > 0 && text.data[text.len - 1] != '\n';
        if (rc == 0 && torn && kept.len > from && kept.data[from] == '\n') {
            memmove(kept.data + from, kept.data + from + 1, kept.len - from);
            kept.len--;
        }
    }
    if (rc == 0 && kept.data == NULL && apic_buf_reserve(&kept, 0) != 0) {
        rc = apic_error_set(err, APIC_E_NOMEM, "out of memory");
    }
    if (rc == 0) rc = rewrite(path, &kept, err);
    if (sink != NULL) {
        sink->replaying = false;
        pthread_cond_broadcast(&sink->replay_done);
        pthread_mutex_unlock(&sink->lock);
    }
    apic_buf_free(&text);
    apic_buf_free(&kept);
    return rc;
}

int apic_dead_letter_replay_file(apic_client *client, const char *path, unsigned flags, apic_replay_report *report,
                                 apic_error *err)
{
    if (report != NULL) memset(report, 0, sizeof *report);
    if (client == NULL || path == NULL) {
        return apic_error_set(err, APIC_E_ARG, "apic_dead_letter_replay_file: client and path are required");
    }
    return apic_dead_letter_replay_with(client, path, flags, NULL, NULL, report, err);
}
