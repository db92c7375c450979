#!/usr/bin/env bash
# `make test-webhooks-vendors`: the webhook verifier (apic/webhook.h) against the senders' own
# libraries, pinned in tests/servers/package-lock.json (standardwebhooks, svix, pusher, Schematic's
# SDK), both ways. Everything is local: fixed secrets, current timestamps, no network.
#   1. node vendors.js make    the libraries sign webhooks, intact and tampered
#   2. C verifies them         each must give its expected status (OK, WEBHOOK_SIGNATURE, ...)
#   3. C signs webhooks        apic_webhook_sign(), intact and tampered
#   4. node vendors.js check   the libraries must accept or refuse each as expected
#
#   tests/webhooks/run.sh OBJDIR ["wrapper", e.g. valgrind ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
obj=${1:-build/release}
wrapper=${2:-}
out=$obj/webhooks
mkdir -p "$out"
. tests/support/build_flags.sh

fail() { echo "!! test-webhooks-vendors: $*" >&2; exit 1; }
[ -f "$obj/lib/libapic.a" ] || fail "$obj/lib/libapic.a is missing: make VARIANT=$(basename "$obj") runtime"
[ -d tests/servers/node_modules/standardwebhooks ] || fail "the npm packages are missing: make deps"

# shellcheck disable=SC2086 # CFLAGS and TEST_LIBS are word lists
cc $CFLAGS tests/webhooks/test_vendor_webhooks.c "$obj/lib/libapic.a" $TEST_LIBS -o "$out/test_vendor_webhooks"

vendor_cases=$out/vendor_cases.json
c_cases=$out/c_cases.json
rm -f "$vendor_cases" "$c_cases"

echo "== 1. the libraries sign"
node tests/webhooks/vendors.js make "$vendor_cases" || fail "vendors.js make failed"

echo "== 2-3. ${wrapper:+$wrapper }$out/test_vendor_webhooks: C verifies them, then signs its own"
log=$out/test_vendor_webhooks.log
set +e
$wrapper "$out/test_vendor_webhooks" "$vendor_cases" "$c_cases" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
[ "$rc" -eq 0 ] || fail "the C program exited with status $rc (cases: $vendor_cases)"
[ -s "$c_cases" ] || fail "the C program wrote no cases"

echo "== 4. the libraries verify what C signed"
check=$(node tests/webhooks/vendors.js check "$c_cases" 2>&1) || { echo "$check"; fail "vendors.js check: mismatches (cases: $c_cases)"; }
echo "$check"

# One line: cases per library, both ways (the tallies above without their parentheses).
strip() { sed -E 's/ \([^)]*\)//g; s/; 0 mismatches$//'; }
echo "test-webhooks-vendors: passed; signed by the libraries, verified in C:" \
     "$(sed -n "s/^C verified the vendors' webhooks: \(.*(.*\)/\1/p" "$log" | strip);" \
     "signed in C, verified by the libraries: $(sed -n 's/^vendors: C-signed webhooks checked by the libraries: //p' <<<"$check" | strip)"
