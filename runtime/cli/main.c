/* `apic`: the command-line tool installed with the runtime (README, "Command-line tool"). */
#include <stdio.h>
#include <string.h>

#include "apic/version.h"
#include "cli.h"

static const char usage[] =
    "usage: apic <command> [arguments]\n"
    "\n"
    "  apic dead-letters show FILE [--json]            one line per dead-letter record\n"
    "  apic dead-letters replay FILE --base-url URL    send every record again; the file keeps what still fails\n"
    "  apic generate SPEC --name NAME --out DIR        generate a C SDK from an OpenAPI document\n"
    "  apic --version                                  the runtime's version\n"
    "\n"
    "Each command takes --help. Exit status: 0 done, 1 something failed, 2 bad usage.\n";

int cli_is_help(const char *arg)
{
    return strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage, stderr);
        return CLI_USAGE;
    }
    const char *cmd = argv[1];
    if (cli_is_help(cmd)) {
        fputs(usage, stdout);
        return CLI_OK;
    }
    if (strcmp(cmd, "--version") == 0) {
        puts("apic " APIC_VERSION);
        return CLI_OK;
    }
    if (strcmp(cmd, "dead-letters") == 0) return cli_dead_letters(argc - 1, argv + 1);
    if (strcmp(cmd, "generate") == 0) return cli_generate(argc - 1, argv + 1);
    fprintf(stderr, "apic: unknown command '%s'\n\n%s", cmd, usage);
    return CLI_USAGE;
}
