/**
 * @file apic/export.h
 * @brief APIC_EXPORT: what a shared library built from this code makes visible.
 *
 * The runtime and every generated SDK are compiled with `-fvisibility=hidden`, so only
 * declarations marked APIC_EXPORT (the public API) are exported from `libapic.so` and from an
 * SDK's `lib<name>.so`; the functions the runtime's files share among themselves stay private.
 */
#ifndef APIC_EXPORT_H
#define APIC_EXPORT_H

#if defined(__GNUC__) || defined(__clang__)
/** Marks a public function or object: exported from the shared library that defines it. */
#define APIC_EXPORT __attribute__((visibility("default")))
#else
/** Other compilers: expands to nothing; every external symbol keeps the compiler's default visibility. */
#define APIC_EXPORT
#endif

#endif
