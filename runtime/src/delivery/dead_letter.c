/* The dead-letter sink: one JSON line per call that failed for good, appended with a single
 * write (so concurrent writers do not interleave within a record), optionally fsync'ed,
 * rotated by size (except while the file is replayed), and/or handed to a callback. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "apic/ids.h"
#include "base/io.h"
#include "delivery/dead_letter_internal.h"

enum { DEFAULT_MAX_FILES = 5 };

static int open_log(const char *path)
{
    /* Read access too: appending checks the last byte (see append_line). */
    return open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
}

int apic_dead_letter_sink_new(const apic_dead_letter *cfg, const char *base_url, apic_dead_letter_sink **out,
                              apic_error *err)
{
    *out = NULL;
    if (cfg->path == NULL && cfg->callback == NULL) {
        return apic_error_set(err, APIC_E_CONFIG, "config.dead_letter: needs a path, a callback or both");
    }
    if (cfg->max_bytes < 0) return apic_error_set(err, APIC_E_CONFIG, "config.dead_letter.max_bytes: must not be negative");
    if (cfg->max_files < 0) return apic_error_set(err, APIC_E_CONFIG, "config.dead_letter.max_files: must not be negative");
    if (cfg->path != NULL) {
        int fd = open_log(cfg->path);
        if (fd < 0) {
            return apic_error_set(err, APIC_E_CONFIG, "config.dead_letter.path: cannot open '%s': %s", cfg->path,
                                  strerror(errno));
        }
        close(fd);
    }
    apic_dead_letter_sink *s = calloc(1, sizeof *s);
    if (s == NULL) return apic_error_set(err, APIC_E_NOMEM, "out of memory");
    s->cfg = *cfg;
    if (s->cfg.max_files == 0) s->cfg.max_files = DEFAULT_MAX_FILES;
    s->cfg.path = NULL;
    if ((cfg->path != NULL && (s->cfg.path = strdup(cfg->path)) == NULL) ||
        (base_url != NULL && (s->base_url = strdup(base_url)) == NULL)) {
        free((char *)s->cfg.path);
        free(s);
        return apic_error_set(err, APIC_E_NOMEM, "out of memory");
    }
    pthread_mutex_init(&s->lock, NULL);
    pthread_cond_init(&s->replay_done, NULL);
    apic_dead_letter_fork_track(s);
    *out = s;
    return 0;
}

void apic_dead_letter_sink_free(apic_dead_letter_sink *s)
{
    if (s == NULL) return;
    apic_dead_letter_fork_untrack(s);
    pthread_cond_destroy(&s->replay_done);
    pthread_mutex_destroy(&s->lock);
    free((char *)s->cfg.path);
    free(s->base_url);
    free(s);
}

/* --- the file ---------------------------------------------------------------------------------- */

/* path -> path.1 -> ... -> path.N (the oldest is replaced). */
static int rotate(const apic_dead_letter_sink *s)
{
    size_t n = strlen(s->cfg.path) + 16;
    char *from = malloc(n), *to = malloc(n);
    int rc = from != NULL && to != NULL ? 0 : APIC_E_NOMEM;
    for (int i = s->cfg.max_files - 1; rc == 0 && i >= 1; i--) {
        snprintf(from, n, "%s.%d", s->cfg.path, i);
        snprintf(to, n, "%s.%d", s->cfg.path, i + 1);
        if (rename(from, to) != 0 && errno != ENOENT) rc = APIC_E_TRANSPORT;
    }
    if (rc == 0) {
        snprintf(to, n, "%s.1", s->cfg.path);
        if (rename(s->cfg.path, to) != 0) rc = APIC_E_TRANSPORT;
    }
    free(from);
    free(to);
    return rc;
}

/* Lock held. */
static int append_line(apic_dead_letter_sink *s, const apic_buf *line, apic_error *why)
{
    int fd = open_log(s->cfg.path);
    if (fd < 0) return apic_error_set(why, APIC_E_TRANSPORT, "cannot open '%s': %s", s->cfg.path, strerror(errno));
    struct stat st;
    if (s->cfg.max_bytes > 0 && !s->replaying && fstat(fd, &st) == 0 && st.st_size > 0 &&
        (long long)st.st_size + (long long)line->len > (long long)s->cfg.max_bytes) {
        close(fd);
        if (rotate(s) != 0) return apic_error_set(why, APIC_E_TRANSPORT, "cannot rotate '%s': %s", s->cfg.path, strerror(errno));
        fd = open_log(s->cfg.path);
        if (fd < 0) return apic_error_set(why, APIC_E_TRANSPORT, "cannot open '%s': %s", s->cfg.path, strerror(errno));
    }
    /* A crash in the middle of an earlier write leaves a line without its end: end it, so that
     * this record starts a line of its own and stays readable. */
    char last = '\n';
    if (fstat(fd, &st) == 0 && st.st_size > 0 && pread(fd, &last, 1, st.st_size - 1) != 1) last = '\n';
    int rc = last == '\n' ? 0 : apic_write_all(fd, "\n", 1);
    if (rc == 0) rc = apic_write_all(fd, line->data, line->len);
    if (rc == 0 && s->cfg.fsync) rc = fsync(fd);
    int saved = errno;
    close(fd);
    if (rc != 0) return apic_error_set(why, APIC_E_TRANSPORT, "cannot write '%s': %s", s->cfg.path, strerror(saved));
    return 0;
}

int apic_dead_letter_write(apic_dead_letter_sink *s, const apic_dead_letter_record *r, apic_error *why)
{
    int rc = 0;
    if (s->cfg.path != NULL) {
        char now[25];
        apic_now_rfc3339(now);
        apic_buf line = {0};
        if (apic_dead_letter_encode(r, now, &line) != 0) {
            rc = apic_error_set(why, APIC_E_NOMEM, "out of memory");
        } else {
            pthread_mutex_lock(&s->lock);
            rc = append_line(s, &line, why);
            pthread_mutex_unlock(&s->lock);
        }
        apic_buf_free(&line);
    }
    if (s->cfg.callback != NULL && s->cfg.callback(s->cfg.ctx, r) != 0 && rc == 0) {
        rc = apic_error_set(why, APIC_E_TRANSPORT, "the dead-letter callback refused the record");
    }
    return rc;
}
