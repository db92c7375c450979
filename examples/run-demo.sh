#!/usr/bin/env bash
# `make demo`: starts Prism (serving spec/esauti/openapi.yaml and spec/briteevents/openapi.yaml)
# and the signature-checking event receiver on 127.0.0.1, runs the eSauti quick starts and the
# BriteEvents session example against them, and stops them all.
set -euo pipefail
cd "$(dirname "$0")/.."
objdir=${1:-build/release}
make --no-print-directory VARIANT="$(basename "$objdir")" "$objdir/examples/esauti_quickstart" "$objdir/examples/esauti_events" \
    "$objdir/examples/briteevents_session"
WITH_WIREMOCK=0 bash tests/integration/with-servers.sh bash -c '
    echo "== REST: $1 against Prism"; "$1" "$PRISM_ESAUTI_URL"
    echo; echo "== events: $2 against the receiver (checks every HMAC signature)"
    "$2" "$EVENT_RECEIVER_URL" "$EVENT_RECEIVER_SECRET"
    echo; echo "== BriteEvents sessions: $3 against Prism (checks every request)"; "$3" "$PRISM_BRITEEVENTS_URL"' \
    demo "$objdir/examples/esauti_quickstart" "$objdir/examples/esauti_events" "$objdir/examples/briteevents_session"
