#!/usr/bin/env bash
# `make test-cli` (run by tests/integration/with-servers.sh): the `apic` tool on a real dead-letter
# file. The load test (10,000 events through the fault-injecting server) keeps a copy of the file it
# wrote; `apic dead-letters show` lists every record without a credential, `--json` gives one
# object per record; `apic dead-letters replay --base-url` sends them all to a second server (the
# records' URLs name the first one, now gone from the picture) with the token from APIC_TOKEN:
# every record is delivered once, the file ends empty. Exit statuses 0 / 1 / 2 are checked too.
# show and replay run under valgrind: no leak, no error.
#   tests/install/cli.sh OBJDIR
set -euo pipefail
cd "$(dirname "$0")/../.."
obj=$1
cli=$obj/bin/apic
work=build/cli
rm -rf "$work" && mkdir -p "$work"
file=$work/load-dead-letters.jsonl
fail() { echo "test-cli: FAILED: $*" >&2; exit 1; }
vg="valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99"

APIC_TEST_KEEP_DEAD_LETTERS=$file "$obj/tests/test_esauti_load" >"$work/load.log" 2>&1 || { cat "$work/load.log"; fail "the load test"; }
records=$(wc -l <"$file")
[ "$records" -gt 0 ] || fail "the load test dead-lettered nothing"
echo "-- the load test dead-lettered $records events into $file"

$vg "$cli" dead-letters show "$file" >"$work/show.txt" 2>"$work/show.err" || { cat "$work/show.err"; fail "show exited $?"; }
[ "$(wc -l <"$work/show.txt")" -eq "$records" ] || fail "show printed $(wc -l <"$work/show.txt") lines for $records records"
[ "$(grep -c 'customer.created' "$work/show.txt")" -eq "$records" ] || fail "show does not name every event type"
! grep -q "load-token" "$work/show.txt" "$work/show.err" || fail "show printed the token"
head -n 2 "$work/show.txt"
$vg "$cli" dead-letters show "$file" --json >"$work/show.json" || fail "show --json exited $?"
/usr/bin/python3 - "$work/show.json" "$records" <<'EOF' || fail "show --json"
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
assert len(rows) == int(sys.argv[2]), len(rows)
for r in rows:
    assert r["kind"] == "event" and r["event_type"] == "customer.created", r
    assert r["attempts"] >= 1 and r["idempotency_key"] and r["time"], r
print("-- show --json: %d records, each with time, kind, operation, event type, attempts, status, error" % len(rows))
EOF

port=$(/usr/bin/python3 tests/support/free_ports.py)
/usr/bin/python3 tests/servers/fault_server.py "$port" 1 >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
url=http://127.0.0.1:$port
for _ in $(seq 1 100); do curl -s -o /dev/null "$url/stats" && break; sleep 0.1; done
curl -s -X POST -d '{"enabled":false}' "$url/faults" >/dev/null

set +e
"$cli" dead-letters replay "$file" >/dev/null 2>&1; [ $? -eq 2 ] || fail "replay without --base-url must exit 2"
"$cli" dead-letters show "$work/missing.jsonl" >/dev/null 2>&1; [ $? -eq 1 ] || fail "show of a missing file must exit 1"
"$cli" dead-letters replay "$file" --base-url "ftp://x" >/dev/null 2>&1; [ $? -eq 2 ] || fail "a bad --base-url must exit 2"
set -e
APIC_TOKEN=load-token $vg "$cli" dead-letters replay "$file" --base-url "$url" | tee "$work/replay.txt"
[ "${PIPESTATUS[0]}" -eq 0 ] || fail "replay exited ${PIPESTATUS[0]}"
grep -q "$records records read, $records delivered, 0 still failing" "$work/replay.txt" || fail "replay summary"
[ ! -s "$file" ] || fail "the file is not empty after the replay"
unique=$(curl -s "$url/stats" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["unique"])')
[ "$unique" -eq "$records" ] || fail "the second server holds $unique events, not $records"
APIC_TOKEN=load-token "$cli" dead-letters replay "$file" --base-url "$url" | grep -q "0 records read" || fail "replaying an empty file"
echo "test-cli: show listed $records records (no credential), replay delivered all $records to $url, the file is empty"
