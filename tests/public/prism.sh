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
failed=0
for name in "$@"; do
    spec=$(ls ../shared/specs/public/"${name//_/-}".* 2>/dev/null | head -n 1)
    dir=$out/$name
    cc $CFLAGS -I"$dir/include" -DSDK_HEADER="<$name/$name.h>" -DSDK_PREFIX_OPERATIONS="${name}_operations" \
        -DSDK_PREFIX_OPERATION_COUNT="${name}_operation_count" -DSDK_NAME="\"$name\"" tests/public/prism_all.c \
        "$dir/lib/lib$name.a" "$obj/lib/libapic.a" $TEST_LIBS -o "$dir/prism_all" || exit 1
    port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    "$bin/prism" mock --host 127.0.0.1 --port "$port" --errors "$spec" >"$out/$name.prism.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 300); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done
    echo "== $name ($spec)"
    PRISM_URL="http://127.0.0.1:$port" SAMPLES="$out/$name.json" "$dir/prism_all" 2>&1 | grep -vE "^$|CUnit -|sourceforge" | tail -n 25
    [ "${PIPESTATUS[0]}" -eq 0 ] || failed=1
    # Programs written for one document (tests/public/<name>_*.c) run against the same Prism, with
    # the same samples (webhook examples among them).
    for extra in tests/public/"$name"_*.c; do
        [ -e "$extra" ] || continue
        prog=$dir/$(basename "${extra%.c}")
        cc $CFLAGS -I"$dir/include" "$extra" "$dir/lib/lib$name.a" "$obj/lib/libapic.a" $TEST_LIBS -o "$prog" || exit 1
        PRISM_URL="http://127.0.0.1:$port" SAMPLES="$out/$name.json" "$prog" 2>&1 | grep -vE "^$|CUnit -|sourceforge" | tail -n 12
        [ "${PIPESTATUS[0]}" -eq 0 ] || failed=1
    done
    kill "$pid"; wait "$pid" 2>/dev/null
done
exit $failed
