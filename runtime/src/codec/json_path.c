/* Formatting of codec paths for error messages. */
#include "codec/json_path.h"

#include <stdio.h>
#include <string.h>

void apic_path_format(const char *root, const apic_path_seg *segs, size_t n, char *buf, size_t cap)
{
    size_t rl = strlen(root);
    if (cap < rl + 8) {
        if (cap > 0) buf[0] = '\0';
        return;
    }
    size_t len = 0, limit = cap - 4; /* room for "..." and the terminator */
    memcpy(buf, root, rl);
    len = rl;
    for (size_t i = 0; i < n && len < limit; i++) {
        char step[32];
        const char *s = step;
        size_t sl;
        if (segs[i].key == NULL) {
            sl = (size_t)snprintf(step, sizeof step, "[%zu]", segs[i].len);
        } else {
            buf[len++] = '.';
            s = segs[i].key;
            sl = segs[i].len;
        }
        if (sl > limit - len) {
            memcpy(buf + len, s, limit - len);
            len = limit;
            memcpy(buf + len, "...", 3);
            len += 3;
            break;
        }
        memcpy(buf + len, s, sl);
        len += sl;
    }
    buf[len] = '\0';
}
