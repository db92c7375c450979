#!/usr/bin/env bash
# `make test`: every check, in order of cost. Stops at the first failing stage and says which.
set -euo pipefail
cd "$(dirname "$0")/.."
make="make --no-print-directory"
# Builds run JOBS at a time; the tests after them one at a time (their timings and servers are shared).
build="$make -j${JOBS:-2}"
started=$(date +%s)
# Each stage's time is printed when the next begins, so the budget's big spenders show in the log.
stage_name="" stage_started=$started
stage_took() { [ -z "$stage_name" ] || echo "######## took $(( $(date +%s) - stage_started )) s: $stage_name"; }
stage() { stage_took; stage_name=$1 stage_started=$(date +%s); echo; echo "######## $1"; }
# Runs two commands (strings) at once, the second's output shown after the first's; fails if either
# did. For stages that leave a core idle (a program under valgrind uses one), sharing no server or file.
at_once() {
    local log pid rc1=0 rc2=0
    log=$(mktemp)
    bash -c "$2" >"$log" 2>&1 &
    pid=$!
    bash -c "$1" || rc1=$?
    wait "$pid" || rc2=$?
    echo "######## beside it:"
    cat "$log"
    rm -f "$log"
    [ "$rc1" -eq 0 ] && [ "$rc2" -eq 0 ]
}

stage "generator unit tests"
$make test-generator
stage "runtime layers: no upward include, no circle"
$make check-layers
stage "generated/ is fresh"
$make check-generated
stage "gcc build (-Werror), unit and golden tests"
$build VARIANT=release test-programs
$make VARIANT=release test-unit test-golden
stage "shared libraries export their own prefix only"
$make VARIANT=release check-symbols
stage "make sdk with an overlay: the fix reaches the library, a stale target is refused"
$make VARIANT=release test-overlay-sdk
stage "unit tests under valgrind"
$make VARIANT=release test-unit test-golden RUNNER=valgrind
stage "clang build (-Werror), unit tests"
$build VARIANT=clang CC=clang test-programs
$make VARIANT=clang CC=clang test-unit test-golden
stage "ASan+UBSan build, unit tests"
$build VARIANT=asan test-programs
$make VARIANT=asan test-unit test-golden
stage "fuzz smoke: the libFuzzer targets (JSON, SSE, dead letters, webhooks, URL and form, multipart), 15 s each, 2 at a time"
$make test-fuzz
stage "documentation: Doxygen over the public headers, zero warnings"
$make docs
stage "webhooks: signed by the senders' own libraries, verified in C, and the reverse (valgrind)"
$make VARIANT=release test-webhooks-vendors RUNNER=valgrind
stage "Pusher protocol against npm pusher 5.3.4: signed queries, channel and user auth, encryption both ways (valgrind)"
$make VARIANT=release test-pusher-vendor RUNNER=valgrind
stage "Schematic: the README flows by the C SDK and by the vendor's Node SDK, the same requests (valgrind)"
$make VARIANT=release test-schematic-vendor RUNNER=valgrind
stage "SuprSend: triggers with attachments, events, signatures by the C SDK and the vendor's Node SDK, the same (valgrind)"
$make VARIANT=release test-suprsend-vendor RUNNER=valgrind
stage "HTTP/2 against nginx: h2c prior knowledge, TLS with a test CA, 4 threads on one connection (valgrind)"
$make VARIANT=release test-http2 RUNNER=valgrind
stage "TLS against nginx: unknown CA, ca_file, wrong host name, pins, TLS 1.0/1.1 refused, redirects keep credentials on their origin (valgrind)"
$make VARIANT=release test-tls RUNNER=valgrind
stage "public headers as C++"
$make test-headers-cxx
stage "list iterators of every pagination shape against WireMock (valgrind, ASan+UBSan, clang)"
$make test-pagination-variants
stage "integration against Prism and WireMock under valgrind; beside it, with servers of its own, under ASan+UBSan, then at debug level with redact_pii: no secret, no personal data in the logs"
at_once "$make VARIANT=release test-integration RUNNER=valgrind" \
    "SERVERS_DIR=$PWD/build/servers-b $make VARIANT=asan test-integration && SERVERS_DIR=$PWD/build/servers-b $make VARIANT=release test-log-scan"
stage "ThreadSanitizer: the background queue, asynchronous calls started from another thread, the answer cache, Schematic flag checks from 8 threads, the multiplexing transport"
$make test-tsan
stage "make install, then programs built outside the repository with pkg-config (C, C++17; dynamic, static)"
$make VARIANT=release test-install
stage "the apic tool: dead-letters show and replay on the load test's file"
$make VARIANT=release test-cli
stage "public specs: generate, compile (-Werror), round-trip schema samples; Prism for some"
$make VARIANT=release test-public
stage "Swagger 2.0: the petstore upgraded, compiled (-Werror), every operation against Prism serving the 2.0 document"
$make VARIANT=release test-swagger2
stage "benchmark programs build (make bench runs them)"
BENCH_BUILD_ONLY=1 bash bench/run.sh build/release
stage_took
echo
echo "make test: all stages passed in $(( $(date +%s) - started )) s"
