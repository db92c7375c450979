#!/usr/bin/env bash
# `make demo`: starts Prism (serving spec/esauti/openapi.yaml and spec/briteevents/openapi.yaml)
# and the signature-checking event receiver on 127.0.0.1, runs the eSauti quick starts, the eSauti
# asynchronous example on libuv (contacts from Prism, 1,000 events to the receiver at once, one
# thread) and the BriteEvents session example against them, and the Sockudo quick start against a local
# Pusher-protocol server, the Schematic quick start against Prism serving
# spec/schematic/openapi.yaml, and the SuprSend quick start (a workflow with a PDF attached, an
# event) against Prism serving spec/suprsend/openapi.yaml as its overlays leave it, and stops them
# all; then the webhook receiver, sent a signed and a tampered webhook.
set -euo pipefail
cd "$(dirname "$0")/.."
objdir=${1:-build/release}
make --no-print-directory VARIANT="$(basename "$objdir")" "$objdir/examples/esauti_quickstart" "$objdir/examples/esauti_events" \
    "$objdir/examples/esauti_async_libuv" "$objdir/examples/briteevents_session" "$objdir/examples/webhook_receiver" "$objdir/examples/webhook_sender" \
    "$objdir/examples/sockudo_quickstart" "$objdir/examples/schematic_quickstart" "$objdir/examples/suprsend_quickstart"
# The invoice the SuprSend quick start attaches: a PDF header is all libmagic needs to type it.
printf '%%PDF-1.4\n%%\342\343\317\323\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%%%EOF\n' >"$objdir/examples/invoice.pdf"
WITH_WIREMOCK=0 bash tests/integration/with-servers.sh bash -c 'set -e
    echo "== REST: $1 against Prism"; "$1" "$PRISM_ESAUTI_URL"
    echo; echo "== events: $2 against the receiver (checks every HMAC signature)"
    "$2" "$EVENT_RECEIVER_URL" "$EVENT_RECEIVER_SECRET"
    echo; echo "== asynchronous calls on libuv: $8 (contacts from Prism; 1,000 events to the receiver, 64 in flight)"
    before=$(curl -s "$EVENT_RECEIVER_URL/stats")
    "$8" "$PRISM_ESAUTI_URL" "$EVENT_RECEIVER_URL/api/integrations/events" "$EVENT_RECEIVER_SECRET"
    # The receiver'"'"'s own books: 1,000 more events accepted, each signature checked, none twice.
    /usr/bin/python3 -c "import json, sys; b, a = json.loads(sys.argv[1]), json.loads(sys.argv[2])
d = {k: a[k] - b[k] for k in a}
print(\"receiver: %d accepted, %d duplicate, %d unauthorized, %d bad\" % (d[\"accepted\"], d[\"duplicate\"], d[\"unauthorized\"], d[\"bad_request\"]))
sys.exit(d[\"accepted\"] != 1000 or d[\"duplicate\"] or d[\"unauthorized\"] or d[\"bad_request\"])" "$before" "$(curl -s "$EVENT_RECEIVER_URL/stats")"
    echo; echo "== BriteEvents sessions: $3 against Prism (checks every request)"; "$3" "$PRISM_BRITEEVENTS_URL"
    echo; echo "== Sockudo: $4 against a Pusher-protocol server (checks every signature)"
    "$4" "http://$PUSHER_KEY:$PUSHER_SECRET@127.0.0.1:${PUSHER_SERVER_URL##*:}/apps/$PUSHER_APP_ID"
    echo; echo "== Schematic: $5 against Prism (checks every request)"
    (cd "$(dirname "$5")" && "$5" "$PRISM_SCHEMATIC_URL")
    echo; echo "== SuprSend: $6 against Prism (checks every request)"; "$6" "$PRISM_SUPRSEND_URL" "$7"' \
    demo "$objdir/examples/esauti_quickstart" "$objdir/examples/esauti_events" "$objdir/examples/briteevents_session" \
    "$objdir/examples/sockudo_quickstart" "$PWD/$objdir/examples/schematic_quickstart" "$objdir/examples/suprsend_quickstart" \
    "$objdir/examples/invoice.pdf" "$objdir/examples/esauti_async_libuv"

# Webhooks: the receiver verifies every POST with the secret; a signed webhook is printed as its
# typed event, one changed after signing is refused with the reason.
echo; echo "== webhooks: $objdir/examples/webhook_receiver on 127.0.0.1, a signed and a tampered webhook"
port=$(/usr/bin/python3 tests/support/free_ports.py)
export ESAUTI_WEBHOOK_SECRET=whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
"$objdir/examples/webhook_receiver" "$port" 2 &
receiver=$!
trap 'kill $receiver 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.05; done
"$objdir/examples/webhook_sender" "http://127.0.0.1:$port/webhooks"
"$objdir/examples/webhook_sender" "http://127.0.0.1:$port/webhooks" --tamper && { echo "demo: the tampered webhook was accepted"; exit 1; }
wait $receiver
