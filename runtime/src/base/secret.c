/* Wiping secrets (secret.h). */
#include <stdlib.h>

#include "base/secret.h"

void apic_free_secret(char *s)
{
    if (s == NULL) return;
    volatile char *v = s; /* volatile: the stores must not be optimised away before free() */
    while (*v != '\0') *v++ = '\0';
    free(s);
}
