#!/usr/bin/env bash
# `make sdk ... OVERLAY=` end to end: the widgets spec of tests/generator/specs/overlays with its
# fix (a header renamed, a description added, an operation removed) gives a library whose header
# shows the fix; an overlay whose target selects nothing stops `make sdk` with the error naming
# the file, the action and the target, and leaves no SDK behind.
set -uo pipefail
cd "$(dirname "$0")/../.."
here=tests/generator/specs/overlays
out=build/overlay-sdk
rm -rf "$out" "$out-bad"
fail() { echo "make sdk OVERLAY: $1"; exit 1; }

make --no-print-directory sdk SPEC=$here/vendor.yaml NAME=widgets OUT=$out OVERLAY=$here/fix.yaml >"$out.log" 2>&1 ||
    { cat "$out.log"; fail "make sdk failed"; }
[ -f "$out/build/lib/libwidgets.a" ] && [ -f "$out/build/lib/libwidgets.so" ] || fail "no library was built"
grep -q '"X-Api-Key"' "$out/src/client.c" || fail "the scheme's header was not renamed"
grep -q 'Lists every widget the account owns.' "$out/include/widgets/widgets_api.h" || fail "the description was not added"
grep -q 'widgets_widgets_purge' "$out/include/widgets/widgets_api.h" && fail "the removed operation is still there"
grep -q 'Generated from vendor.yaml with overlay fix.yaml' "$out/include/widgets/widgets.h" || fail "the header does not name the overlay"

bad=build/overlay-stale.yaml
printf 'overlay: 1.0.0\ninfo: {title: t, version: "1"}\nactions:\n  - {target: "$.paths[%s].get", remove: true}\n' \
    "'/gadgets'" >"$bad"
if make --no-print-directory sdk SPEC=$here/vendor.yaml NAME=widgets OUT=$out-bad OVERLAY=$here/fix.yaml,$bad \
    >"$out-bad.log" 2>&1; then
    fail "an overlay selecting nothing was accepted"
fi
grep -q "$bad#/actions/0/target: target \"\$.paths\['/gadgets'\].get\" selects nothing in vendor.yaml" "$out-bad.log" ||
    { cat "$out-bad.log"; fail "the error does not name the overlay, the action and the target"; }
[ -e "$out-bad" ] && fail "a failed generation left $out-bad behind"
echo "make sdk OVERLAY: the fix is in libwidgets (header renamed, description added, operation removed); a stale target refused naming $bad#/actions/0"
