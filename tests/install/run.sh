#!/usr/bin/env bash
# `make test-install`: the runtime and the committed SDKs as a user gets them.
# 1. make install into a temporary DESTDIR.
# 2. From a folder outside the repository, with nothing but pkg-config (PKG_CONFIG_SYSROOT_DIR
#    maps the installed .pc files into the DESTDIR): the eSauti quick start in C and a C++17
#    program using eSauti and BriteEvents in one process, each linked dynamically and statically.
#    The dynamic ones load one libapic.so.<major> between them; the static ones need none of ours.
# 3. All four run against Prism (request validation on).
# 4. The installed `apic generate` gives the same bytes as `make sdk` (petstore3).
# 5. make uninstall leaves nothing behind.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
tmp=$(mktemp -d /tmp/apic-install.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
dest=$tmp/root
prefix=/usr/local
make="make --no-print-directory"

step() { echo "-- $*"; }
fail() { echo "test-install: FAILED: $*" >&2; exit 1; }

step "make install DESTDIR=$dest PREFIX=$prefix"
$make install DESTDIR="$dest" PREFIX="$prefix" >"$tmp/install.log" 2>&1 || { tail -20 "$tmp/install.log"; fail "make install"; }
for f in include/apic/apic.h include/esauti/esauti.h include/briteevents/briteevents.h lib/libapic.a lib/libapic.so.0 \
         lib/libesauti.so lib/libbriteevents.a lib/pkgconfig/apic.pc lib/pkgconfig/esauti.pc \
         lib/pkgconfig/briteevents.pc bin/apic share/apic/generator/__main__.py; do
    [ -e "$dest$prefix/$f" ] || fail "$prefix/$f was not installed"
done

export PKG_CONFIG_SYSROOT_DIR=$dest PKG_CONFIG_PATH=$dest$prefix/lib/pkgconfig
work=$tmp/outside
mkdir -p "$work"
cp examples/esauti_quickstart.c tests/install/two_sdks.cpp "$work/"
cd "$work"
pc() { pkg-config "$@" || fail "pkg-config $*"; }
ours="esauti briteevents"
step "pkg-config --cflags --libs $ours: $(pc --cflags --libs $ours)"
# Dynamic: the .pc files as they are. Static: our libraries' archives (-Bstatic), then the shared
# libraries the runtime needs as apic.pc names them (Requires.private, Libs.private). Not
# `pkg-config --static --libs` as a whole: that also asks for libcurl's own private libraries as
# archives or -dev links, which a system with the shared libcurl does not have and does not need.
static_libs() {
    echo "-Wl,-Bstatic $(pc --libs "$@") -Wl,-Bdynamic $(pc --libs $(pc --print-requires-private apic))" \
         "$(pc --static --libs-only-other apic)"
}
cc -std=c11 -Wall -Wextra -Werror esauti_quickstart.c $(pc --cflags --libs esauti) -o quickstart-dynamic
cc -std=c11 -Wall -Wextra -Werror esauti_quickstart.c $(pc --cflags esauti) $(static_libs esauti) -o quickstart-static
c++ -std=c++17 -Wall -Wextra -Werror two_sdks.cpp $(pc --cflags --libs $ours) -o two-sdks-dynamic
c++ -std=c++17 -Wall -Wextra -Werror two_sdks.cpp $(pc --cflags $ours) $(static_libs $ours) -o two-sdks-static

# What a program loads of ours, from the installed folder: "libapic.so.0 libesauti.so.0 ..."
ours_loaded() {
    LD_LIBRARY_PATH=$dest$prefix/lib ldd "$1" | awk -v d="$dest$prefix/lib/" 'index($3, d) == 1 { print $1 }' | sort | tr '\n' ' '
}
[ "$(ours_loaded quickstart-dynamic)" = "libapic.so.0 libesauti.so.0 " ] \
    || fail "quickstart-dynamic loads: $(ours_loaded quickstart-dynamic)"
[ "$(ours_loaded two-sdks-dynamic)" = "libapic.so.0 libbriteevents.so.0 libesauti.so.0 " ] \
    || fail "two-sdks-dynamic loads: $(ours_loaded two-sdks-dynamic)"
for p in quickstart-static two-sdks-static; do
    [ -z "$(ours_loaded $p)" ] || fail "$p is not static in our libraries: $(ours_loaded $p)"
done
step "two-sdks-dynamic loads one runtime: $(ours_loaded two-sdks-dynamic); the static programs none of ours"
# One copy of the runtime in a process: libesauti.so and libbriteevents.so define no apic_ symbol.
for lib in "$dest$prefix"/lib/libesauti.so.0 "$dest$prefix"/lib/libbriteevents.so.0; do
    ! nm -D --defined-only "$lib" | grep -q ' apic_' || fail "$lib carries runtime symbols of its own"
done

step "run against Prism"
export LD_LIBRARY_PATH=$dest$prefix/lib
cd "$root"
WITH_WIREMOCK=0 bash tests/integration/with-servers.sh bash -c '
    set -e
    cd "$1"
    for v in dynamic static; do
        echo "== quickstart-$v"; ./quickstart-$v "$PRISM_ESAUTI_URL"
        echo "== two-sdks-$v"; ./two-sdks-$v "$PRISM_ESAUTI_URL" "$PRISM_BRITEEVENTS_URL"
    done' run "$work" || fail "a program failed against Prism"

step "apic generate (installed) against make sdk: petstore3"
spec=../shared/specs/public/petstore3.yaml
$make sdk SPEC=$spec NAME=petstore OUT="$tmp/by-make" >/dev/null
rm -rf "$tmp/by-make/build"
env -u PKG_CONFIG_SYSROOT_DIR "$dest$prefix/bin/apic" generate $spec --name petstore --out "$tmp/by-cli" --quiet \
    || fail "apic generate"
diff -r "$tmp/by-make" "$tmp/by-cli" || fail "apic generate and make sdk differ"
step "identical: $(find "$tmp/by-cli" -type f | wc -l) files"
"$dest$prefix/bin/apic" generate --help >/dev/null || fail "apic generate --help"
set +e
"$dest$prefix/bin/apic" generate >/dev/null 2>&1; [ $? -eq 2 ] || fail "apic generate without a spec must exit 2"
"$dest$prefix/bin/apic" generate /nonexistent.yaml --name x --out "$tmp/x" 2>/dev/null; [ $? -eq 1 ] || fail "a missing spec must exit 1"
"$dest$prefix/bin/apic" frobnicate >/dev/null 2>&1; [ $? -eq 2 ] || fail "an unknown command must exit 2"
set -e

step "make uninstall"
$make uninstall DESTDIR="$dest" PREFIX="$prefix" >"$tmp/uninstall.log" 2>&1 || fail "make uninstall"
left=$(find "$dest" -type f -o -type l)
[ -z "$left" ] || fail "make uninstall left: $left"
echo "test-install: installed, built outside the repository with pkg-config (C and C++17, dynamic and static)," \
     "ran against Prism, apic generate matches make sdk, uninstalled cleanly"
