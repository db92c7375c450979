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
make --no-print-directory -j2 VARIANT="$(basename "$obj")" build >/dev/null
make --no-print-directory sdk SPEC=../shared/specs/public/petstore3.yaml NAME=petstore OUT=$out/petstore >/dev/null 2>&1

build() { # name [extra SDK folder] [libraries folder] [binary name]
    local name=$1 sdk=${2:-} libs=${3:-$obj/lib} as=${4:-$1}
    cc $CFLAGS -Igenerated/esauti/include ${sdk:+-I$sdk/include} "bench/$name.c" ${sdk:+$sdk/build/lib/lib$(basename "$sdk").a} \
        "$libs/libesauti.a" "$libs/libapic.a" $LIBS -o "$bin/$as"
}
# The runtime and SDK once more without any log call: the logger benchmark's baseline.
make --no-print-directory -j2 VARIANT=nolog EXTRA_CFLAGS=-DAPIC_NO_LOG build/nolog/lib/libesauti.a >/dev/null
build codec "$out/petstore"
build event_lookup
build webhook_verify
build events_http
build events_async
build events_queue
cc $CFLAGS bench/curl_raw.c $LIBS -o "$bin/curl_raw"
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
port=$($PYTHON tests/support/free_ports.py)
prefix=$(cd "$out" && pwd)/nginx
mkdir -p "$prefix"
sed -e "s|@PREFIX@|$prefix|g" -e "s|@PORT@|$port|g" bench/nginx.conf.in >"$prefix/nginx.conf"
"$bin/events_queue" answer >"$prefix/batch_answer.conf" # the batch endpoint's receipts (bench/events_queue.c)
nginx -p "$prefix" -c "$prefix/nginx.conf" &
nginx_pid=$!
trap 'kill $nginx_pid 2>/dev/null || true; wait 2>/dev/null || true' EXIT
url="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -s -o /dev/null -X POST "$url/api/integrations/events" && break; sleep 0.05; done

# wrk's CPU time: bench/rusage.py runs it and prints the user + system time of the wrk process (all
# its threads) that wait4(2) returns when it is reaped, the kernel's own accounting to the
# microsecond; over its request count, its CPU per request. The SDK and Python read their own
# (getrusage RUSAGE_SELF around the timed sends). nginx's CPU is in none of them: the same server
# for all three. wrk_stats NAME turns wrk's output into VALUE|NAME_per_s and
# VALUE|NAME_cpu_us_per_request, and fails on an answer that is not 2xx.
wrk_stats() {
    awk -v name="$1" '/ requests in / {n = $1} /Requests\/sec/ {rate = $2}
        /Non-2xx/ {print "bench: wrk: " $0 >"/dev/stderr"; bad = 1}
        /^RUSAGE\|/ {split($0, f, "|"); cpu = f[2] + f[3]}
        END {if (bad || n == 0) exit 1
             print "VALUE|" name "_per_s|" rate; printf "VALUE|%s_cpu_us_per_request|%.3f\n", name, cpu * 1e6 / n}'
}
# wrk, the SDK and libcurl alone (posting the SDK's request for one event, captured as the batch
# below is: what the SDK would cost if building and signing events were free) take turns, so that a
# slow moment of the machine weighs on all three.
$PYTHON bench/capture_request.py "$out/event_request.txt" "$bin/events_http" bench-secret 1
echo "bench: wrk -t1 -c1 (2 s), SDK events, HMAC-signed (20,000) and libcurl alone (20,000), 5 rounds, with the CPU time of each" >&2
for _ in 1 2 3 4 5; do
    $PYTHON bench/rusage.py wrk -t1 -c1 -d2s -s bench/wrk_event.lua "$url/api/integrations/events" | wrk_stats wrk |
        sed 's/^VALUE|wrk_per_s|/WRK|/'
    "$bin/events_http" "$url" bench-secret 20000 1 | sed 's/^VALUE|sdk_events_per_s|/SDK|/'
    "$bin/curl_raw" "$url/api/integrations/events" "$out/event_request.txt" 20000 1
done | tee -a "$results" >&2
# One thread with 64 calls in flight (apic_call_async(), driven by apic_async_run(), each callback
# starting the next) against wrk -t1 -c64 on the same location: 64 connections each. The blocking
# SDK (one event at a time, as above) takes its turn in the same rounds, for the CPU per event of
# both paths; its figures are renamed blocking_* so that they stay apart from the rows above.
echo "bench: wrk -t1 -c64 (2 s), SDK events async, 64 in flight (50,000), blocking (20,000), 5 rounds, with the CPU time of each" >&2
for _ in 1 2 3 4 5; do
    $PYTHON bench/rusage.py wrk -t1 -c64 -d2s -s bench/wrk_event.lua "$url/api/integrations/events" | wrk_stats wrk64
    "$bin/events_async" "$url" bench-secret 50000 1
    "$bin/events_http" "$url" bench-secret 20000 1 | sed 's/^VALUE|sdk_/VALUE|blocking_/'
done | tee -a "$results" >&2
echo "bench: Python requests + hmac (5 runs of 2,000), with its CPU time" >&2
$PYTHON bench/python_events.py "$url" bench-secret 2000 5 | tee -a "$results" >&2
# The background queue: one thread enqueues, the queue's thread posts batches of 100. wrk posts the
# bytes the queue posts: one batch request captured from the SDK (bench/capture_request.py, a server
# of its own on 127.0.0.1), its headers and its body of 100 events.
echo "bench: background queue, batches of 100: wrk -t1 -c1 (2 s) posting the SDK's batch and the queue (200,000 events), 5 rounds" >&2
$PYTHON bench/capture_request.py "$out/batch_request.txt" "$bin/events_queue" bench-secret 100
for _ in 1 2 3 4 5; do
    BENCH_BATCH_REQUEST=$out/batch_request.txt $PYTHON bench/rusage.py \
        wrk -t1 -c1 -d2s -s bench/wrk_event_batch.lua "$url/api/integrations/events/batch" | wrk_stats wrk_batch
    "$bin/events_queue" "$url" bench-secret 200000 1
done | tee -a "$results" >&2
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
