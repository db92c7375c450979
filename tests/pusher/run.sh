#!/usr/bin/env bash
# `make test-pusher-vendor`: the runtime's Pusher protocol (apic/pusher.h, apic/sign.h) and the
# Sockudo SDK against the vendor's library, npm `pusher` pinned in tests/servers/package-lock.json,
# both ways. Everything is local: the library's HTTP layer is stubbed, the SDK's transport records.
#   1. node vendor.js make     the library signs requests (trigger, batch, channel list, channel
#                              info, users), answers authorizeChannel / authenticateUser, encrypts
#   2. C checks them           apic_pusher_sign_query, sockudo_signed_uri, the SDK's own requests,
#                              sockudo_authorize_channel / _authenticate_user, sockudo_decrypt
#   3. C makes its own         signed strings, recorded SDK requests, answers, encrypted payloads
#   4. node vendor.js check    the library signs C's requests again at their auth_timestamp, compares
#                              bodies, answers, and opens C's payloads with its key derivation
# Each side has cases wrong on purpose that the other must see as wrong.
#
#   tests/pusher/run.sh OBJDIR ["wrapper", e.g. valgrind ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
obj=${1:-build/release}
wrapper=${2:-}
out=$obj/pusher-vendor
mkdir -p "$out"
# shellcheck source=tests/support/build_flags.sh
. tests/support/build_flags.sh

fail() { echo "!! test-pusher-vendor: $*" >&2; exit 1; }
[ -f "$obj/lib/libapic.a" ] || fail "$obj/lib/libapic.a is missing: make VARIANT=$(basename "$obj") runtime"
[ -d tests/servers/node_modules/pusher ] || fail "the npm packages are missing: make deps"

# The Sockudo SDK's static library, beside the runtime (as `make sdks` builds it), then the program.
make --no-print-directory -f generated/sockudo/Makefile CC="${CC:-cc}" CFLAGS="$warn ${OPT:--O0 -g}" \
    APIC_CFLAGS="-I$PWD/runtime/include $(pkg-config --cflags libcurl libcrypto libsodium)" \
    APIC_LIBS="-L$PWD/$obj/lib -lapic" DEPS="$(echo runtime/include/apic/*.h)" \
    OBJ_DIR="$obj/sdk/sockudo" LIB_DIR="$obj/lib" static >/dev/null
# shellcheck disable=SC2086 # CFLAGS and TEST_LIBS are word lists
cc $CFLAGS -Igenerated/sockudo/include tests/pusher/test_pusher_vendor.c "$obj/lib/libsockudo.a" "$obj/lib/libapic.a" \
    $TEST_LIBS -o "$out/test_pusher_vendor"

vendor_cases=$out/vendor_cases.json
c_cases=$out/c_cases.json
rm -f "$vendor_cases" "$c_cases"

echo "== 1. the library signs, answers and encrypts"
node tests/pusher/vendor.js make "$vendor_cases" || fail "vendor.js make failed"

echo "== 2-3. ${wrapper:+$wrapper }$out/test_pusher_vendor: C checks them, then makes its own"
log=$out/test_pusher_vendor.log
set +e
$wrapper "$out/test_pusher_vendor" "$vendor_cases" "$c_cases" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
[ "$rc" -eq 0 ] || fail "the C program exited with status $rc (cases: $vendor_cases)"
[ -s "$c_cases" ] || fail "the C program wrote no cases"

echo "== 4. the library checks what C made"
check=$(node tests/pusher/vendor.js check "$c_cases" 2>&1) || { echo "$check"; fail "vendor.js check: mismatches (cases: $c_cases)"; }
echo "$check"

echo "test-pusher-vendor: passed; made by pusher, checked in C: $(sed -n "s/^C checked pusher's cases: \(.*(.*\)/\1/p" "$log");" \
     "made in C, checked by pusher: $(sed -n "s/^vendor: C's cases checked by pusher [0-9.]*: //p" <<<"$check")"
