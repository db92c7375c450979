/**
 * @file apic/version.h
 * @brief The runtime's version. Its major number is the soname of libapic.so: a program built
 * against one major version runs with any later minor or patch release of it.
 */
#ifndef APIC_VERSION_H
#define APIC_VERSION_H

/** Major version: changes when the runtime's ABI does; it is the number in the soname, `libapic.so.MAJOR`. */
#define APIC_VERSION_MAJOR 0
/** Minor version: new functions, same ABI. */
#define APIC_VERSION_MINOR 1
/** Patch version: fixes only. */
#define APIC_VERSION_PATCH 0
/** The version as text, "major.minor.patch"; the default User-Agent is "apic/" followed by it. */
#define APIC_VERSION "0.1.0"

#endif
