/* Random bytes for ids: getrandom() costs a system call (about a microsecond), more than the
 * rest of building an event, so each thread takes 1 KiB at a time and hands it out in pieces.
 * A forked child must not hand out its parent's bytes again: a fork handler moves a generation
 * counter on, and a buffer filled in an older generation is thrown away. Bytes handed out are
 * wiped from the buffer. OpenSSL's DRBG stands in when getrandom is unavailable. */
#include <errno.h>
#include <openssl/rand.h>
#include <pthread.h>
#include <string.h>
#include <sys/random.h>

#include "base/random.h"

enum { POOL = 1024, MAX_REQUEST = 256 };

static pthread_once_t atfork_once = PTHREAD_ONCE_INIT;
static volatile unsigned long fork_generation = 1;

static void after_fork_in_child(void)
{
    fork_generation++;
}

static void register_fork_handler(void)
{
    pthread_atfork(NULL, NULL, after_fork_in_child);
}

typedef struct pool {
    unsigned char bytes[POOL];
    size_t left;               /* unused bytes, at the end of bytes */
    unsigned long generation;  /* fork_generation when filled */
} pool;

static _Thread_local pool mine;

static bool refill(pool *p)
{
    size_t got = 0;
    while (got < POOL) {
        ssize_t n = getrandom(p->bytes + got, POOL - got, 0);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        got += (size_t)n;
    }
    if (got < POOL && RAND_bytes(p->bytes, POOL) != 1) return false;
    p->left = POOL;
    p->generation = fork_generation;
    return true;
}

bool apic_random_bytes(void *out, size_t n)
{
    if (n > MAX_REQUEST) return false;
    pthread_once(&atfork_once, register_fork_handler);
    pool *p = &mine;
    if (p->generation != fork_generation || p->left < n) {
        if (!refill(p)) return false;
    }
    unsigned char *from = p->bytes + POOL - p->left;
    memcpy(out, from, n);
    memset(from, 0, n);
    p->left -= n;
    return true;
}
