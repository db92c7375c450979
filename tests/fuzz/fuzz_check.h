/* What the fuzz targets share. A property that does not hold aborts, so that libFuzzer treats it
 * like a crash: it stops, saves the input as crash-<sha1> and prints how to run it again. */
#ifndef TESTS_FUZZ_CHECK_H
#define TESTS_FUZZ_CHECK_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define FUZZ_CHECK(cond, ...)                                                                                 \
    do {                                                                                                      \
        if (!(cond)) {                                                                                        \
            fprintf(stderr, "\nfuzz check failed at %s:%d: %s: ", __FILE__, __LINE__, #cond);                \
            fprintf(stderr, __VA_ARGS__);                                                                     \
            fputc('\n', stderr);                                                                              \
            abort();                                                                                          \
        }                                                                                                     \
    } while (0)

/* libFuzzer's entry point, which each target defines. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
