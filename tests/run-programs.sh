#!/usr/bin/env bash
# Runs CUnit test programs (optionally under a wrapper such as valgrind), shows their output,
# and ends with one line adding up their results. Exit status is non-zero if any program failed.
# Usage: tests/run-programs.sh "<wrapper or empty>" program...
set -uo pipefail
wrapper=$1; shift
passed=0; failed=0; bad=0
for prog in "$@"; do
    echo "== ${wrapper:+$wrapper }$prog"
    out=$(mktemp)
    began=$(date +%s%N)
    $wrapper "$prog" 2>&1 | tee "$out"
    rc=${PIPESTATUS[0]}
    echo "-- $(( ($(date +%s%N) - began) / 1000000 )) ms: $prog" # the wall time, which CUnit's own figure is not
    row=$(awk '$1 == "tests" && NF >= 5 {print $3, $4, $5}' "$out" | tail -n 1)
    rm -f "$out"
    if [ -n "$row" ]; then
        read -r ran ok ko <<<"$row"
        passed=$((passed + ok)); failed=$((failed + ko))
    fi
    if [ "$rc" -ne 0 ] || [ -z "$row" ]; then
        echo "!! $prog exited with status $rc"
        bad=$((bad + 1))
    fi
done
echo "programs: $# run, $bad failed; tests: $passed passed, $failed failed"
[ "$bad" -eq 0 ] && [ "$failed" -eq 0 ]
