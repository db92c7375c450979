#!/usr/bin/env bash
# Runs the integration programs with debug logging and redact_pii on, keeps everything they
# print in build/logs/integration-debug.log, and scans it for secrets and personal data.
#   tests/integration/scan-logs.sh PROGRAM...
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
log=$root/build/logs/integration-debug.log
mkdir -p "$(dirname "$log")"
# The servers' secrets are exported by with-servers.sh; the scanner gets them from inside it.
APIC_LOG=debug APIC_REDACT_PII=1 bash "$root/tests/integration/with-servers.sh" bash -c '
    log=$1; shift
    bash "$0/tests/run-programs.sh" "" "$@" >"$log" 2>&1
    rc=$?
    tail -n 1 "$log"
    grep -a -E "^  (books|memory):" "$log" # the full-size runs happen here (not under valgrind or a sanitizer)
    /usr/bin/python3 "$0/tests/scan-logs.py" "$log" "$EVENT_RECEIVER_SECRET" "$PUSHER_SECRET" t0k-secret prism-token \
        events-token faults-token faults-secret load-token not-the-secret demo-token prism-secret ws-secret-never-shown || rc=1
    exit $rc' "$root" "$log" "$@"
