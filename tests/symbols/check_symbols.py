"""Checks what each shared library exports (`make check-symbols`).

For every lib<name>.so.<version> in the folder given: each dynamic symbol it defines
(`nm -D --defined-only`) starts with "<name>_" (or "<NAME>_", for constants such as
APIC_WEBHOOK_STANDARD), so two libraries never clash and nothing private
leaks; and each function or object its public headers declare with APIC_EXPORT is exported, so
the export macro cannot go missing. Headers: runtime/include/apic for libapic, else the SDK's
include/<name> folder, given as NAME=DIR after the library folder.
usage: check_symbols.py LIBDIR apic=runtime/include/apic esauti=generated/esauti/include/esauti ...
"""
import glob
import os
import re
import subprocess
import sys

DECLARED = re.compile(r'^APIC_EXPORT\b[^;{]*?\b([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(|\[|;)', re.S | re.M)


def exported(lib):
    out = subprocess.run(['nm', '-D', '--defined-only', lib], check=True, capture_output=True, text=True).stdout
    return {line.split()[-1] for line in out.splitlines() if line.strip()}


def declared(include_dir):
    names = set()
    for h in sorted(glob.glob(os.path.join(include_dir, '*.h'))):
        with open(h) as f:
            text = re.sub(r'/\*.*?\*/', ' ', f.read(), flags=re.S)
        names.update(m.group(1) for m in DECLARED.finditer(text))
    return names


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    libdir, headers = argv[1], dict(a.split('=', 1) for a in argv[2:])
    problems, counts = [], []
    libs = sorted(glob.glob(os.path.join(libdir, 'lib*.so.*.*.*')))
    if not libs:
        problems.append('no shared library lib<name>.so.<version> in ' + libdir)
    for lib in libs:
        name = re.match(r'lib(\w+?)\.so\.', os.path.basename(lib)).group(1)
        syms = exported(lib)
        for s in sorted(syms):
            if not s.startswith((name + '_', name.upper() + '_')):
                problems.append('%s exports %s, which lacks the prefix %s_' % (os.path.basename(lib), s, name))
        if name in headers:
            for s in sorted(declared(headers[name]) - syms):
                problems.append('%s does not export %s, which %s declares with APIC_EXPORT'
                                % (os.path.basename(lib), s, headers[name]))
        counts.append('%s %d' % (os.path.basename(lib), len(syms)))
    for p in problems:
        print('check-symbols: ' + p, file=sys.stderr)
    if problems:
        return 1
    print('check-symbols: every exported symbol carries its library prefix; exported: ' + ', '.join(counts))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
