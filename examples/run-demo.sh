#!/usr/bin/env bash
# `make demo`: starts Prism on 127.0.0.1 serving spec/esauti/openapi.yaml, builds and runs the
# eSauti quick start against it, and stops Prism.
set -euo pipefail
cd "$(dirname "$0")/.."
objdir=${1:-build/release}
make --no-print-directory VARIANT="$(basename "$objdir")" "$objdir/examples/esauti_quickstart"
WITH_WIREMOCK=0 bash tests/integration/with-servers.sh \
    bash -c '"$0" "$PRISM_ESAUTI_URL"' "$objdir/examples/esauti_quickstart"
