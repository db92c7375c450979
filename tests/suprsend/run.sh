#!/usr/bin/env bash
# `make test-suprsend-vendor`: the C SuprSend SDK against the vendor's own (npm @suprsend/node-sdk,
# pinned in tests/servers/package-lock.json), pair by pair, against one recording server
# (tests/servers/recording_server.py, on 127.0.0.1).
#
# The convention: every tests/suprsend/diff_<name>.js has a tests/suprsend/diff_<name>.c that does
# the same with the C SDK. Each is run from the repository's root as `prog BASE_URL` (the C one
# under the wrapper, e.g. valgrind), with SUPRSEND_DIFF_FILES naming a folder of files made for the
# run (invoice.pdf, logo.png, notes.txt), after the server's journal is emptied; it exits 0 when
# it did what it meant to. Then compare.py compares the two: what each printed, byte for byte,
# and the requests each sent, in order, member by member. An optional diff_<name>.json holds what
# the pair shares: "inputs" (read by both programs), "answers" (how the server answers, see
# recording_server.py) and "compare" (what may differ: generated ids and times, the SDK's name,
# and whether both sign the legacy way; see compare.py). A pair is added by adding its files.
#
# Last, the comparison is shown able to fail: an attachment's data changed in C's journal of
# diff_trigger, and the last character of a signature C printed in diff_signature, must each be seen.
#
#   tests/suprsend/run.sh OBJDIR ["wrapper", e.g. valgrind ...]
#   SUPRSEND_DIFF_ONLY="diff_event diff_trigger" runs those pairs alone (while writing one).
set -euo pipefail
cd "$(dirname "$0")/../.."
obj=${1:-build/release}
wrapper=${2:-}
out=$obj/suprsend-vendor
rm -rf "$out" && mkdir -p "$out/files"
# shellcheck source=tests/support/build_flags.sh
. tests/support/build_flags.sh

fail() { echo "!! test-suprsend-vendor: $*" >&2; exit 1; }
[ -f "$obj/lib/libsuprsend.a" ] || fail "$obj/lib/libsuprsend.a is missing: make sdks"
[ -d tests/servers/node_modules/@suprsend/node-sdk ] || fail "the npm packages are missing: make deps"

# The attachments both SDKs read: a PDF header, a PNG signature and header chunk, a line of text.
printf '%%PDF-1.4\n%%\342\343\317\323\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%%%EOF\n' >"$out/files/invoice.pdf"
printf '\211PNG\r\n\032\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\10\6\0\0\0\37\25\304\211' >"$out/files/logo.png"
printf 'hello, world\n' >"$out/files/notes.txt"
export SUPRSEND_DIFF_FILES=$PWD/$out/files

pairs=()
for js in tests/suprsend/diff_*.js; do
    name=$(basename "$js" .js)
    [ -z "${SUPRSEND_DIFF_ONLY:-}" ] || [[ " $SUPRSEND_DIFF_ONLY " == *" $name "* ]] || continue
    [ -f "tests/suprsend/$name.c" ] || fail "$js has no tests/suprsend/$name.c"
    # shellcheck disable=SC2086 # CFLAGS and the LIBS are word lists
    cc $CFLAGS -Igenerated/suprsend/include "tests/suprsend/$name.c" "$obj/lib/libsuprsend.a" "$obj/lib/libapic.a" \
        $TEST_LIBS $SDK_REQUIRES_LIBS -o "$out/$name" || fail "tests/suprsend/$name.c does not build"
    pairs+=("$name")
done
for c in tests/suprsend/diff_*.c; do
    [ -f "${c%.c}.js" ] || fail "$c has no ${c%.c}.js"
done
[ ${#pairs[@]} -gt 0 ] || fail "no tests/suprsend/diff_*.js${SUPRSEND_DIFF_ONLY:+ among: $SUPRSEND_DIFF_ONLY}"

port=$(/usr/bin/python3 tests/support/free_ports.py)
/usr/bin/python3 tests/servers/recording_server.py "$port" >"$out/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
base=http://127.0.0.1:$port
for _ in $(seq 1 100); do curl -s -o /dev/null "$base/__journal" && break; sleep 0.1; done

# Empties the journal and sets the pair's answers, if it has any.
reset() {
    curl -s -X POST "$base/__reset" >/dev/null
    if [ -f "tests/suprsend/$1.json" ] && /usr/bin/python3 -c 'import json,sys; sys.exit("answers" not in json.load(open(sys.argv[1])))' \
        "tests/suprsend/$1.json"; then
        /usr/bin/python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))["answers"]))' "tests/suprsend/$1.json" |
            curl -s -X POST --data-binary @- "$base/__answers" >/dev/null
    fi
}

failed=0
for name in "${pairs[@]}"; do
    rules=tests/suprsend/$name.json
    [ -f "$rules" ] || rules=-
    reset "$name"
    node "tests/suprsend/$name.js" "$base" >"$out/$name.node.out" || fail "$name.js failed"
    curl -s "$base/__journal" >"$out/$name.node.json"
    reset "$name"
    $wrapper "$out/$name" "$base" >"$out/$name.c.out" || fail "$name (C${wrapper:+ under $wrapper}) failed"
    curl -s "$base/__journal" >"$out/$name.c.json"
    /usr/bin/python3 tests/suprsend/compare.py "$name" "$rules" "$out/$name.node.json" "$out/$name.c.json" \
        "$out/$name.node.out" "$out/$name.c.out" || failed=1
done
[ $failed -eq 0 ] || fail "the SDKs differ (journals and outputs in $out)"

# The comparison must be able to fail.
if [[ " ${pairs[*]} " != *" diff_trigger "* || " ${pairs[*]} " != *" diff_signature "* ]]; then
    echo "test-suprsend-vendor: ${#pairs[@]} pairs agree (${pairs[*]})"
    exit 0
fi
/usr/bin/python3 - "$out/diff_trigger.c.json" "$out/changed.c.json" <<'PY'
import json, sys
journal = json.load(open(sys.argv[1]))
body = json.loads(journal[0]["body"])
body["data"]["$attachments"][0]["data"] = "QUJD" + body["data"]["$attachments"][0]["data"][4:]
journal[0]["body"] = json.dumps(body)
json.dump(journal, open(sys.argv[2], "w"))
PY
if /usr/bin/python3 tests/suprsend/compare.py diff_trigger tests/suprsend/diff_trigger.json "$out/diff_trigger.node.json" \
    "$out/changed.c.json" "$out/diff_trigger.node.out" "$out/diff_trigger.c.out" >"$out/changed.log"; then
    fail "compare.py did not see an attachment changed"
fi
# shellcheck disable=SC2016 # a literal $, not an expansion
grep -qF 'data.$attachments.0.data: vendor' "$out/changed.log" || fail "compare.py did not name the changed attachment: $out/changed.log"
sed '1s/.$/X/' "$out/diff_signature.c.out" >"$out/changed.c.out"
if /usr/bin/python3 tests/suprsend/compare.py diff_signature - "$out/diff_signature.node.json" "$out/diff_signature.c.json" \
    "$out/diff_signature.node.out" "$out/changed.c.out" >>"$out/changed.log"; then
    fail "compare.py did not see a signature changed"
fi
echo "test-suprsend-vendor: ${#pairs[@]} pairs agree (${pairs[*]}); a changed attachment and a changed signature are seen"
