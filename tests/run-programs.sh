#!/usr/bin/env bash
# Runs CUnit test programs (optionally under a wrapper such as valgrind), shows their output,
# and ends with one line adding up their results. Exit status is non-zero if any program failed.
# Usage: tests/run-programs.sh "<wrapper or empty>" program...
# RUN_JOBS=N runs N programs at a time (for programs that share no server, port or file), each one's
# output shown whole and in the order given; with 1 (the default) the output is shown as it comes.
set -uo pipefail
wrapper=$1; shift
jobs=${RUN_JOBS:-1}
progs=("$@")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
passed=0; failed=0; bad=0

run_one() { # index: the program's output in $dir/<i>.out, then its status and wall time in $dir/<i>.rc
    local i=$1 prog=${progs[$1]} began rc
    began=$(date +%s%N)
    if [ "$jobs" -eq 1 ]; then
        echo "== ${wrapper:+$wrapper }$prog"
        $wrapper "$prog" 2>&1 | tee "$dir/$i.out"
        rc=${PIPESTATUS[0]}
    else
        $wrapper "$prog" >"$dir/$i.out" 2>&1
        rc=$?
    fi
    echo "$rc $(( ($(date +%s%N) - began) / 1000000 ))" >"$dir/$i.rc.tmp" && mv "$dir/$i.rc.tmp" "$dir/$i.rc"
}

report() { # index: adds up a finished program's results
    local i=$1 prog=${progs[$1]} rc ms row ran ok ko
    [ "$jobs" -eq 1 ] || { echo "== ${wrapper:+$wrapper }$prog"; cat "$dir/$i.out"; }
    read -r rc ms <"$dir/$i.rc"
    echo "-- $ms ms: $prog" # the wall time, which CUnit's own figure is not
    row=$(awk '$1 == "tests" && NF >= 5 {print $3, $4, $5}' "$dir/$i.out" | tail -n 1)
    if [ -n "$row" ]; then
        read -r ran ok ko <<<"$row"
        passed=$((passed + ok)); failed=$((failed + ko))
    fi
    if [ "$rc" -ne 0 ] || [ -z "$row" ]; then
        echo "!! $prog exited with status $rc"
        bad=$((bad + 1))
    fi
}

next=0 # the first program not reported yet: reports keep the given order
report_finished() { while [ "$next" -lt "${#progs[@]}" ] && [ -e "$dir/$next.rc" ]; do report "$next"; next=$((next + 1)); done; }

for i in "${!progs[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n; report_finished; done
    run_one "$i" &
done
wait
report_finished
echo "programs: ${#progs[@]} run, $bad failed; tests: $passed passed, $failed failed"
[ "$bad" -eq 0 ] && [ "$failed" -eq 0 ]
