#!/usr/bin/env bash
# The Swagger 2.0 petstore of OpenAPI Generator's tests (tests/generator/specs/swagger2/petstore.yaml):
# `make sdk` upgrades it to OpenAPI 3.0, generates and compiles it with -Werror; then every
# operation is called with its sample request against Prism serving the 2.0 document itself (Prism
# reads 2.0), with request validation: what the SDK sends is checked against what the 2.0 document
# says, not against our reading of it. Prism's log gives the verdict on each request, because
# Prism answers a valid request with an error when the document lists only errors (addPet: 405).
#   1. the document unchanged: every request passes but the 5 with a body and no `consumes`, which
#      Prism refuses whatever they send (tests/swagger2/consumes.yaml says why);
#   2. the document with its default `consumes` made explicit (that overlay): every request passes.
#   tests/swagger2/run.sh OBJDIR    (build/<variant>, where the runtime is built)
set -uo pipefail
cd "$(dirname "$0")/../.."
obj=${1:-build/release}
spec=tests/generator/specs/swagger2/petstore.yaml
name=petstore2
out=build/$name
bin=$PWD/tests/servers/node_modules/.bin
. tests/support/build_flags.sh
fail() { echo "!! $name: $1"; exit 1; }

rm -rf "$out"
make --no-print-directory sdk VARIANT="$(basename "$obj")" SPEC=$spec NAME=$name OUT=$out SAMPLES=$out.samples.json \
    >"$out.log" 2>&1 || { cat "$out.log"; fail "make sdk failed"; }
grep -q "Generated from petstore.yaml (Swagger 2.0, upgraded to OpenAPI 3.0.3)" "$out/include/$name/$name.h" ||
    fail "the header does not say the document was Swagger 2.0, upgraded"
echo "== $(grep '^generated' "$out.log")"
grep '^warning' "$out.log"
cc $CFLAGS -I"$out/include" -DSDK_HEADER="<$name/$name.h>" -DSDK_PREFIX_OPERATIONS="${name}_operations" \
    -DSDK_PREFIX_OPERATION_COUNT="${name}_operation_count" -DSDK_NAME="\"$name\"" -DSDK_PRISM_EVERY_OPERATION \
    -DSDK_PRISM_LOG_VERDICT tests/public/prism_all.c "$out/build/lib/lib$name.a" "$obj/lib/libapic.a" $TEST_LIBS \
    -o "$out/prism_all" || exit 1
ops=$(grep -c '^    &' "$out/src/op_table.c")

# Serves $1 with Prism, calls every operation, prints Prism's verdict per refused request and
# sets passed (requests that passed validation) and refusals (their reasons, one a line).
against_prism() {
    local port pid log=$out.prism.$2.log
    port=$(/usr/bin/python3 tests/support/free_ports.py)
    "$bin/prism" mock --host 127.0.0.1 --port "$port" --errors "$1" >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 300); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
    PRISM_URL="http://127.0.0.1:$port" SAMPLES="$out.samples.json" "$out/prism_all" 2>&1 |
        grep -vE "^$|CUnit -|sourceforge|left to Prism's log|operations accepted by Prism \(" | tail -n 20
    local rc=${PIPESTATUS[0]}
    kill "$pid"; wait "$pid" 2>/dev/null
    [ "$rc" -eq 0 ] || fail "the driver failed against $1"
    passed=$(grep -c "The request passed the validation rules" "$log")
    refusals=$(awk '/Request received/ { sub(/.*\[HTTP SERVER\] /, ""); sub(/ ℹ.*/, ""); req = $0 }
                    /Violation: request/ { sub(/.*Violation: request /, ""); print req ": " $0 }' "$log")
    echo "Prism's log ($2): $passed of $ops requests passed validation"
    [ -z "$refusals" ] || echo "$refusals" | sed 's/^/  refused: /'
}

echo "== Prism serving $spec unchanged"
against_prism "$spec" unchanged
[ "$passed" -eq $((ops - 5)) ] || fail "expected every request but the 5 without consumes to pass"
[ "$(echo "$refusals" | grep -vc "No supported content types")" -eq 0 ] || fail "a request was refused for another reason"
unchanged=$passed

explicit=$out.consumes.json
/usr/bin/python3 -c 'import json, sys
from generator.loader import Loader
from generator.overlays import apply_overlays
json.dump(apply_overlays(Loader(), sys.argv[1], sys.argv[2:]), sys.stdout)' $spec tests/swagger2/consumes.yaml >"$explicit" ||
    fail "the overlay does not apply"
echo "== Prism serving $spec with tests/swagger2/consumes.yaml (the default consumes made explicit)"
against_prism "$explicit" explicit
[ "$passed" -eq "$ops" ] && [ -z "$refusals" ] || fail "expected every request to pass"
echo "$name: $passed of $ops requests passed Prism's validation against the 2.0 document with its default consumes" \
    "explicit; $unchanged of $ops against it unchanged (the others: a body without consumes, which Prism refuses)"
