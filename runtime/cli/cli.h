/* The `apic` command: what its subcommands share. Exit statuses follow command-line custom:
 * 0 done, 1 something failed, 2 bad usage. */
#ifndef APIC_CLI_H
#define APIC_CLI_H

enum { CLI_OK = 0, CLI_FAILED = 1, CLI_USAGE = 2 };

/* Whether arg asks for help (-h, --help). */
int cli_is_help(const char *arg);

/* apic dead-letters show|replay ...; argv[0] is "dead-letters". */
int cli_dead_letters(int argc, char **argv);

/* apic generate SPEC --name NAME --out DIR ...; argv[0] is "generate". */
int cli_generate(int argc, char **argv);

#endif
