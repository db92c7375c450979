#!/usr/bin/env bash
# `make bench`: builds with -O2, runs every benchmark with its baseline in the same run, and
# prints one table. Servers (nginx) listen on 127.0.0.1 only and are stopped on exit.
#   bench/run.sh OBJDIR          (BENCH_BUILD_ONLY=1: build the programs, run nothing)
set -euo pipefail
cd "$(dirname "$0")/.."
obj=${1:-build/release}
out=build/bench
bin=$out/bin
mkdir -p "$bin"
results=$out/results.txt
: >"$results"
PYTHON=/usr/bin/python3
OPT=-O2
. tests/support/build_flags.sh
LIBS="$LIBS $(pkg-config --libs libcjson)" # the codec benchmark's baseline is cJSON

[ "${BENCH_BUILD_ONLY:-0}" = 1 ] || bash .ci/install-deps nginx wrk python3-requests
make --no-print-directory VARIANT="$(basename "$obj")" build >/dev/null
make --no-print-directory sdk SPEC=../shared/specs/public/petstore3.yaml NAME=petstore OUT=$out/petstore >/dev/null 2>&1

build() { # name [extra SDK folder] [libraries folder] [binary name]
    local name=$1 sdk=${2:-} libs=${3:-$obj/lib} as=${4:-$1}
    cc $CFLAGS -Igenerated/esauti/include ${sdk:+-I$sdk/include} "bench/$name.c" ${sdk:+$sdk/build/lib/lib$(basename "$sdk").a} \
        "$libs/libesauti.a" "$libs/libapic.a" $LIBS -o "$bin/$as"
}
# The runtime and SDK once more without any log call: the logger benchmark's baseline.
make --no-print-directory VARIANT=nolog EXTRA_CFLAGS=-DAPIC_NO_LOG build >/dev/null
build codec "$out/petstore"
build event_lookup
build webhook_verify
build events_http
build logging
build logging "" build/nolog/lib logging_nolog
# The Pusher trigger links the Sockudo SDK and the flag checks the Schematic SDK (both made by
# `make build` above) instead of eSauti's.
cc $CFLAGS -Igenerated/sockudo/include bench/pusher_trigger.c "$obj/lib/libsockudo.a" "$obj/lib/libapic.a" $LIBS \
    -o "$bin/pusher_trigger"
cc $CFLAGS -Igenerated/schematic/include bench/schematic_flags.c "$obj/lib/libschematic.a" "$obj/lib/libapic.a" $LIBS \
    -o "$bin/schematic_flags"
[ "${BENCH_BUILD_ONLY:-0}" = 1 ] && { echo "bench: programs built in $bin"; exit 0; }

echo "bench: codec" >&2
"$bin/codec" | tee -a "$results" >&2
echo "bench: event type lookups" >&2
"$bin/event_lookup" | tee -a "$results" >&2
# C and the standardwebhooks npm library take turns on the same core and the same 1 KB payload.
echo "bench: Standard Webhooks verify, 1 KB: C (7 x 200,000) and standardwebhooks on Node (5 x 20,000), 3 rounds" >&2
for _ in 1 2 3; do
    taskset -c 1 "$bin/webhook_verify" bench/webhook_1k.json 200000 7
    taskset -c 1 node bench/node_webhooks.js bench/webhook_1k.json 20000 5
done | tee -a "$results" >&2
# C and the pusher npm library (its HTTP layer stubbed) take turns on the same core and the same event.
echo "bench: Pusher trigger, 200 B data, no network: C (5 x 100,000) and pusher on Node (5 x 20,000), 3 rounds" >&2
for _ in 1 2 3; do
    taskset -c 1 "$bin/pusher_trigger" 100000 5
    taskset -c 1 node bench/node_pusher.js 20000 5
done | tee -a "$results" >&2
# Pinned to one core: a 1% difference is below what migrations between cores add.
echo "bench: logger cost (no log calls / disabled / info), 7 rounds of 200,000 events" >&2
for _ in 1 2 3 4 5 6 7; do
    taskset -c 1 "$bin/logging_nolog" disabled | sed 's/log_disabled_ns/log_none_ns/'
    taskset -c 1 "$bin/logging" disabled
    taskset -c 1 "$bin/logging" info
done | tee -a "$results" >&2

# --- requests against nginx ---
port=$($PYTHON -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
prefix=$(cd "$out" && pwd)/nginx
mkdir -p "$prefix"
sed -e "s|@PREFIX@|$prefix|g" -e "s|@PORT@|$port|g" bench/nginx.conf.in >"$prefix/nginx.conf"
nginx -p "$prefix" -c "$prefix/nginx.conf" &
nginx_pid=$!
trap 'kill $nginx_pid 2>/dev/null || true; wait 2>/dev/null || true' EXIT
url="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -s -o /dev/null -X POST "$url/api/integrations/events" && break; sleep 0.05; done

# wrk and the SDK take turns, so that a slow moment of the machine weighs on both.
echo "bench: wrk -t1 -c1 (2 s) and SDK events, HMAC-signed (20,000), 5 rounds" >&2
for _ in 1 2 3 4 5; do
    wrk -t1 -c1 -d2s -s bench/wrk_event.lua "$url/api/integrations/events" | awk '/Requests\/sec/ {print "WRK|" $2}'
    "$bin/events_http" "$url" bench-secret 20000 1 | sed 's/^VALUE|sdk_events_per_s|/SDK|/'
done | tee -a "$results" >&2
echo "bench: Python requests + hmac (5 runs of 2,000)" >&2
$PYTHON bench/python_events.py "$url" bench-secret 2000 5 | tee -a "$results" >&2
echo "bench: memory while sending 1,000,000 events" >&2
"$bin/events_http" "$url" bench-secret 1000000 rss | tee -a "$results" >&2
# The same flag, company and user: each SDK's first check fills its cache (nginx answers it), the
# timed ones are answered from it; C and the vendor's Node SDK take turns on the same core.
echo "bench: Schematic flag check, cached: C (5 x 1,000,000) and @schematichq/schematic-typescript-node (5 x 20,000), 3 rounds" >&2
for _ in 1 2 3; do
    taskset -c 1 "$bin/schematic_flags" "$url" hit 1000000 5
    taskset -c 1 node bench/node_schematic.js "$url" 20000 5
done | tee -a "$results" >&2
echo "bench: wrk -t1 -c1 (2 s) and SDK flag checks, no cache (20,000), 5 rounds" >&2
for _ in 1 2 3 4 5; do
    wrk -t1 -c1 -d2s -s bench/wrk_flag_check.lua "$url/flags/bench-flag/check" |
        awk '/Requests\/sec/ {print "VALUE|flag_miss_wrk_per_s|" $2}'
    "$bin/schematic_flags" "$url" miss 20000 1
done | tee -a "$results" >&2
kill "$nginx_pid"; wait "$nginx_pid" 2>/dev/null || true
trap - EXIT

# --- generator scale ---
for spec in openai schematic; do
    echo "bench: generate and compile $spec.yaml" >&2
    dir=$out/gen/$spec
    t0=$(date +%s%N)
    $PYTHON -m generator --quiet --spec "../shared/specs/public/$spec.yaml" --name "$spec" --out "$dir" 2>/dev/null
    t1=$(date +%s%N)
    rm -rf "$dir/obj" "$dir/lib"
    sdk_make "$dir" static >/dev/null
    t2=$(date +%s%N)
    {
        echo "GEN|$spec|generate_ms|$(( (t1 - t0) / 1000000 ))"
        echo "GEN|$spec|compile_ms|$(( (t2 - t1) / 1000000 ))"
        echo "GEN|$spec|lines|$(cat "$dir"/src/*.c "$dir"/src/*.h "$dir"/include/$spec/*.h | wc -l)"
        echo "GEN|$spec|bytes|$(cat "$dir"/src/*.c "$dir"/src/*.h "$dir"/include/$spec/*.h | wc -c)"
        echo "GEN|$spec|lib_a_bytes|$(stat -c %s "$dir/lib/lib$spec.a")"
    } | tee -a "$results" >&2
done

$PYTHON bench/table.py "$results"
