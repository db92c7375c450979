/* apic generate: runs the generator installed under PREFIX/share/apic (its Python and templates),
 * so an installed copy works without the repository. The folder is found beside the program
 * (<bin>/../share/apic, so a DESTDIR or moved install works), else at the PREFIX it was built for;
 * APIC_GENERATOR_DIR overrides both. The interpreter is APIC_PYTHON, else /usr/bin/python3 (the
 * one Debian's python3-jinja2 and python3-yaml serve), else python3 on PATH. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#ifndef APIC_DATADIR
#define APIC_DATADIR "/usr/local/share/apic"
#endif

static const char usage[] =
    "usage: apic generate SPEC --name NAME --out DIR [--config sdk.yaml] [--overlay a.yaml,...] [--library-version X.Y.Z]\n"
    "                     [--fail-on-breaking[=source|binary|any]] [--quiet]\n"
    "\n"
    "Generates a typed C SDK from an OpenAPI 3.0/3.1 or Swagger 2.0 document (YAML or JSON): headers in DIR/include/NAME,\n"
    "sources in DIR/src, and DIR/Makefile, which builds libNAME.a and libNAME.so against the installed\n"
    "runtime (pkg-config apic) and installs them with NAME.pc: cd DIR && make && make install.\n"
    "DIR is replaced only when generation succeeds.\n"
    "\n"
    "Environment: APIC_PYTHON (an interpreter with jinja2 and yaml), APIC_GENERATOR_DIR (the folder\n"
    "holding generator/).\n";

/* Whether dir holds the generator's package. */
static int has_generator(const char *dir)
{
    char path[PATH_MAX];
    int n = snprintf(path, sizeof path, "%s/generator/__main__.py", dir);
    return n > 0 && (size_t)n < sizeof path && access(path, R_OK) == 0;
}

/* <dir of this program>/../share/apic, when it holds the generator. */
static int beside_program(char *out, size_t size)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return 0;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash == NULL) return 0;
    *slash = '\0';
    int m = snprintf(out, size, "%s/../share/apic", exe);
    return m > 0 && (size_t)m < size && has_generator(out);
}

int cli_generate(int argc, char **argv)
{
    if (argc < 2 || argv[1][0] == '-') {
        if (argc >= 2 && cli_is_help(argv[1])) {
            fputs(usage, stdout);
            return CLI_OK;
        }
        fputs(usage, stderr);
        return CLI_USAGE;
    }
    for (int i = 2; i < argc; i++) {
        if (cli_is_help(argv[i])) {
            fputs(usage, stdout);
            return CLI_OK;
        }
    }
    char dir[PATH_MAX];
    const char *env = getenv("APIC_GENERATOR_DIR");
    if (env != NULL) {
        snprintf(dir, sizeof dir, "%s", env);
    } else if (!beside_program(dir, sizeof dir)) {
        snprintf(dir, sizeof dir, "%s", APIC_DATADIR);
    }
    if (!has_generator(dir)) {
        fprintf(stderr, "apic generate: no generator in %s (install apic, or set APIC_GENERATOR_DIR)\n", dir);
        return CLI_FAILED;
    }
    const char *python = getenv("APIC_PYTHON");
    if (python == NULL) python = access("/usr/bin/python3", X_OK) == 0 ? "/usr/bin/python3" : "python3";

    /* python3 -m generator --spec SPEC <the other arguments as given> */
    char **args = calloc((size_t)argc + 4, sizeof *args);
    if (args == NULL) {
        fputs("apic generate: out of memory\n", stderr);
        return CLI_FAILED;
    }
    int k = 0;
    args[k++] = (char *)python;
    args[k++] = "-m";
    args[k++] = "generator";
    args[k++] = "--spec";
    for (int i = 1; i < argc; i++) args[k++] = argv[i];
    args[k] = NULL;
    if (setenv("PYTHONPATH", dir, 1) != 0 || setenv("PYTHONDONTWRITEBYTECODE", "1", 1) != 0) {
        fprintf(stderr, "apic generate: cannot set PYTHONPATH: %s\n", strerror(errno));
        free(args);
        return CLI_FAILED;
    }
    execvp(python, args);
    fprintf(stderr, "apic generate: cannot run %s: %s (set APIC_PYTHON)\n", python, strerror(errno));
    free(args);
    return CLI_FAILED;
}
