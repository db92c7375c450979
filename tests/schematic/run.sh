#!/usr/bin/env bash
# `make test-schematic-vendor`: the C Schematic SDK and the vendor's own (npm
# @schematichq/schematic-typescript-node, pinned in tests/servers/package-lock.json) do the README's
# flows with the same inputs (flows.json) against one recording server (recorder.py, answering as
# Prism does for spec/schematic/openapi.yaml); compare.py compares the requests. Run through
# tests/integration/with-servers.sh (it needs PRISM_SCHEMATIC_URL).
#
#   tests/schematic/run.sh OBJDIR ["wrapper", e.g. valgrind ...]
set -euo pipefail
cd "$(dirname "$0")/../.."
obj=${1:-build/release}
wrapper=${2:-}
out=$obj/schematic-vendor
mkdir -p "$out"
# shellcheck source=tests/support/build_flags.sh
. tests/support/build_flags.sh

fail() { echo "!! test-schematic-vendor: $*" >&2; exit 1; }
[ -n "${PRISM_SCHEMATIC_URL:-}" ] || fail "PRISM_SCHEMATIC_URL is not set: run through tests/integration/with-servers.sh"
[ -f "$obj/lib/libschematic.a" ] || fail "$obj/lib/libschematic.a is missing: make sdks"
[ -d tests/servers/node_modules/@schematichq/schematic-typescript-node ] || fail "the npm packages are missing: make deps"
# shellcheck disable=SC2086 # CFLAGS and TEST_LIBS are word lists
cc $CFLAGS -Igenerated/schematic/include tests/schematic/c_driver.c "$obj/lib/libschematic.a" "$obj/lib/libapic.a" \
    $TEST_LIBS -o "$out/c_driver"

port=$(/usr/bin/python3 tests/support/free_ports.py)
/usr/bin/python3 tests/schematic/recorder.py "$port" "$PRISM_SCHEMATIC_URL" >"$out/recorder.log" 2>&1 &
recorder=$!
trap 'kill $recorder 2>/dev/null || true' EXIT
base=http://127.0.0.1:$port
for _ in $(seq 1 100); do curl -s -o /dev/null "$base/__journal" && break; sleep 0.1; done

echo "== the vendor's SDK"
node tests/schematic/node_driver.js "$base" || fail "node_driver.js failed"
curl -s "$base/__journal" >"$out/node.json"
curl -s -X POST "$base/__reset" >/dev/null

echo "== the C SDK${wrapper:+ under $wrapper}"
rm -f "$out/dead-letters.jsonl"
$wrapper "$out/c_driver" tests/schematic/flows.json "$base" "$out/dead-letters.jsonl" || fail "c_driver failed"
curl -s "$base/__journal" >"$out/c.json"
[ ! -s "$out/dead-letters.jsonl" ] || fail "the C SDK dead-lettered events: $out/dead-letters.jsonl"

/usr/bin/python3 tests/schematic/compare.py "$out/node.json" "$out/c.json" tests/schematic/flows.json \
    || fail "the requests differ (journals: $out/node.json, $out/c.json)"

# The comparison must be able to fail: a quantity changed in C's journal has to be seen.
/usr/bin/python3 - "$out/c.json" "$out/c-changed.json" <<'PY'
import json, sys
journal = json.load(open(sys.argv[1]))
for r in journal:
    if r["path"] == "/event-batch":
        body = json.loads(r["body"])
        for e in body["events"]:
            if e["event_type"] == "track":
                e["body"]["quantity"] += 1
        r["body"] = json.dumps(body)
json.dump(journal, open(sys.argv[2], "w"))
PY
if /usr/bin/python3 tests/schematic/compare.py "$out/node.json" "$out/c-changed.json" tests/schematic/flows.json >"$out/changed.log"; then
    fail "compare.py did not see a changed quantity"
fi
grep -q "track: body" "$out/changed.log" || fail "compare.py saw the changed quantity but did not name it: $out/changed.log"
echo "test-schematic-vendor: passed (a changed quantity is seen: $(grep -c '^!!' "$out/changed.log") mismatch)"
