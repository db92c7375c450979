#!/usr/bin/env bash
# `make docs`: Doxygen HTML of the runtime (build/docs/apic/html) and of each committed SDK
# (build/docs/<api>/html, linked to the runtime's pages), from the public headers. Fails when
# Doxygen warns, undocumented members included, and prints each warning.
#   docs/docs.sh API...
set -euo pipefail
cd "$(dirname "$0")/.."
out=build/docs
version=$(sed -n 's/^#define APIC_VERSION "\(.*\)"/\1/p' runtime/include/apic/version.h)
rm -rf "$out" && mkdir -p "$out"

# name title brief input strip tagfiles
run() {
    local dir=$out/$1
    mkdir -p "$dir"
    sed -e "s|@NAME@|$1|g" -e "s|@TITLE@|$2|" -e "s|@BRIEF@|$3|" -e "s|@INPUT@|$4|" -e "s|@STRIP@|$5|" \
        -e "s|@OUTPUT@|$dir|g" -e "s|@TAGFILES@|$6|" -e "s|@VERSION@|$version|" -e "s|@INCLUDE_PATH@|$PWD/runtime/include|" \
        docs/Doxyfile.in >"$dir/Doxyfile"
    doxygen "$dir/Doxyfile" >/dev/null 2>&1
    local n
    n=$(grep -c 'warning:' "$dir/warnings.log" || true)
    printf 'docs: %-12s %4d pages, %d warnings  (%s/html/index.html)\n' "$1" "$(ls "$dir/html" | grep -c '\.html$')" "$n" "$dir"
    [ "$n" -eq 0 ] || { sed 's/^/  /' "$dir/warnings.log" | head -n 40; return 1; }
}

status=0
run apic "apic runtime" "HTTP, JSON, authentication, retries, dead letters and events for generated C SDKs" \
    "$PWD/runtime/include/apic" "$PWD/runtime/include" "" || status=1
for api in "$@"; do
    title=$(sed -n 's/^title: *//p' "spec/$api/sdk.yaml")
    run "$api" "${title:-$api} C SDK" "Generated from spec/$api/openapi.yaml by apic" "$PWD/generated/$api/include/$api" \
        "$PWD/generated/$api/include" "$PWD/$out/apic/apic.tag=../../apic/html" || status=1
done
exit $status
