#!/usr/bin/env bash
# Public documents' SDKs (built by tests/public/run.sh) against Prism serving each document with
# request validation on 127.0.0.1: every operation is called with its sample request.
#   tests/public/prism.sh OBJDIR NAME...
set -uo pipefail
cd "$(dirname "$0")/../.."
obj=$1; shift
out=${PUBLIC_OUT:-build/public}
bin=$PWD/tests/servers/node_modules/.bin
. tests/support/build_flags.sh
names=("$@")
spec_of() { ls ../shared/specs/public/"${1//_/-}".* 2>/dev/null | head -n 1; }

# Every document's Prism starts first, each on a port of its own:
# their start-ups overlap one another and the compiles below.
read -r -a ports < <(/usr/bin/python3 tests/support/free_ports.py ${#names[@]})
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null' EXIT
for i in "${!names[@]}"; do
    "$bin/prism" mock --host 127.0.0.1 --port "${ports[i]}" --errors "$(spec_of "${names[i]}")" \
        >"$out/${names[i]}.prism.log" 2>&1 &
    pids+=($!)
done

failed=0
for i in "${!names[@]}"; do
    name=${names[i]} dir=$out/${names[i]} url=http://127.0.0.1:${ports[i]}
    cc $CFLAGS -I"$dir/include" -DSDK_HEADER="<$name/$name.h>" -DSDK_PREFIX_OPERATIONS="${name}_operations" \
        -DSDK_PREFIX_OPERATION_COUNT="${name}_operation_count" -DSDK_NAME="\"$name\"" tests/public/prism_all.c \
        "$dir/lib/lib$name.a" "$obj/lib/libapic.a" $TEST_LIBS -o "$dir/prism_all" || exit 1
    for _ in $(seq 1 600); do curl -s -o /dev/null "$url/" && break; sleep 0.1; done
    echo "== $name ($(spec_of "$name"))"
    PRISM_URL=$url SAMPLES="$out/$name.json" "$dir/prism_all" 2>&1 | grep -vE "^$|CUnit -|sourceforge" | tail -n 25
    [ "${PIPESTATUS[0]}" -eq 0 ] || failed=1
    # Programs written for one document (tests/public/<name>_*.c) run against the same Prism, with
    # the same samples (webhook examples among them).
    for extra in tests/public/"$name"_*.c; do
        [ -e "$extra" ] || continue
        prog=$dir/$(basename "${extra%.c}")
        cc $CFLAGS -I"$dir/include" "$extra" "$dir/lib/lib$name.a" "$obj/lib/libapic.a" $TEST_LIBS -o "$prog" || exit 1
        PRISM_URL=$url SAMPLES="$out/$name.json" "$prog" 2>&1 | grep -vE "^$|CUnit -|sourceforge" | tail -n 12
        [ "${PIPESTATUS[0]}" -eq 0 ] || failed=1
    done
done
exit $failed
