#!/usr/bin/env bash
# Runs libFuzzer targets for a given time each, FUZZ_JOBS (2) at a time, then prints per target the
# inputs executed, the coverage reached (libFuzzer's cov: edges and ft: features) and the crashes.
# Usage: tests/fuzz/run.sh SECONDS build/fuzz/bin/fuzz_<name>...
# Target fuzz_<name> starts from its committed seeds (tests/fuzz/corpus/<name>) and from what earlier
# runs found (build/fuzz/corpus/<name>, where new inputs are kept). A crash, a leak, an input slower than
# 10 s or a failed property is saved as build/fuzz/artifacts/<name>/<kind>-<sha1>: run the target on
# that file to see it again. Exits 1 when any target found one.
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds=$1
shift
jobs=${FUZZ_JOBS:-2}
out=build/fuzz
mkdir -p "$out/logs"

run_one() {
    local bin=$1 name seeds
    name=$(basename "$bin")
    seeds=${name#fuzz_}
    mkdir -p "$out/corpus/$seeds" "$out/artifacts/$name"
    "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$out/artifacts/$name/" "$out/corpus/$seeds" "tests/fuzz/corpus/$seeds" \
        >"$out/logs/$name.log" 2>&1
    echo $? >"$out/logs/$name.rc"
}

started=$(date +%s)
for bin in "$@"; do
    rm -f "$out/logs/$(basename "$bin").rc" "$out/artifacts/$(basename "$bin")"/*
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n; done
    echo "fuzz: $(basename "$bin") for ${seconds} s"
    run_one "$bin" &
done
wait

failed=0
printf '\n%-22s %12s %8s %8s %8s  %s\n' target executions cov ft crashes "(${seconds} s each, ${jobs} at a time)"
for bin in "$@"; do
    name=$(basename "$bin")
    log=$out/logs/$name.log
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    last=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -n 1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    found=$(find "$out/artifacts/$name" -type f | wc -l)
    rc=$(cat "$out/logs/$name.rc" 2>/dev/null || echo 99)
    printf '%-22s %12s %8s %8s %8s\n' "$name" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$found"
    if [ "$rc" != 0 ] || [ "$found" != 0 ]; then
        failed=1
        echo "  $name failed (exit $rc): $log"
        grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz check failed)|runtime error' "$log" | head -n 5 | sed 's/^/    /'
        find "$out/artifacts/$name" -type f | sed 's/^/    artifact: /'
    fi
done
echo "fuzz: $# targets in $(( $(date +%s) - started )) s"
exit $failed
