#!/usr/bin/env bash
# Starts the integration servers on 127.0.0.1, runs the given command with their URLs in the
# environment, and stops them whatever happens:
#   PRISM_ESAUTI_URL  Prism mocking spec/esauti/openapi.yaml with request validation (errors on a bad request)
#   PRISM_BRITEEVENTS_URL  the same for spec/briteevents/openapi.yaml
#   PRISM_SOCKUDO_URL the same for spec/sockudo/openapi.yaml
#   PRISM_SCHEMATIC_URL the same for spec/schematic/openapi.yaml
#   PRISM_SUPRSEND_URL the same for spec/suprsend/openapi.yaml as its overlays (sdk.yaml) leave it
#   WIREMOCK_URL      WireMock (stubs and request journal over its admin API); WITH_WIREMOCK=0 skips it
#   EVENT_RECEIVER_URL, EVENT_RECEIVER_SECRET
#                     tests/servers/event_receiver.py: checks event signatures with that secret
#   FAULT_SERVER_URL  tests/servers/fault_server.py: 503s and connection resets, and the books, for
#                     single events and for batches (slow, and refusing some events one by one)
#   PUSHER_SERVER_URL, PUSHER_APP_ID, PUSHER_KEY, PUSHER_SECRET
#                     tests/servers/pusher_server.py: the Pusher Channels HTTP API of that app, every
#                     request's signature checked (401 otherwise), and a journal at /journal
#   PROXY_URL         tests/servers/http_proxy.py: a forwarding HTTP proxy (to 127.0.0.1 only) with a
#                     journal of what went through it at /journal
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=$root/tests/servers/node_modules/.bin
logdir=$root/build/servers
mkdir -p "$logdir"
pids=()
# A server started by setsid leads a process group of its own: the whole group is stopped (the
# WireMock launcher is a node script whose java child would outlive it otherwise).
cleanup() {
    for p in "${pids[@]}"; do kill -- "-$p" 2>/dev/null || kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

wait_http() { # url, name, pid
    for _ in $(seq 1 300); do
        curl -s -o /dev/null "$1" && return 0
        kill -0 "$3" 2>/dev/null || { echo "$2 exited early; log:"; tail -n 30 "$logdir/$2.log"; return 1; }
        sleep 0.1
    done
    echo "$2 did not start within 30 s; log:"; tail -n 30 "$logdir/$2.log"; return 1
}

port=$(free_port)
"$bin/prism" mock --host 127.0.0.1 --port "$port" --errors "$root/spec/esauti/openapi.yaml" >"$logdir/prism-esauti.log" 2>&1 &
pids+=($!)
export PRISM_ESAUTI_URL="http://127.0.0.1:$port"
wait_http "$PRISM_ESAUTI_URL/" prism-esauti "${pids[-1]}"

bport=$(free_port)
"$bin/prism" mock --host 127.0.0.1 --port "$bport" --errors "$root/spec/briteevents/openapi.yaml" \
    >"$logdir/prism-briteevents.log" 2>&1 &
pids+=($!)
export PRISM_BRITEEVENTS_URL="http://127.0.0.1:$bport"
wait_http "$PRISM_BRITEEVENTS_URL/" prism-briteevents "${pids[-1]}"

sport=$(free_port)
"$bin/prism" mock --host 127.0.0.1 --port "$sport" --errors "$root/spec/sockudo/openapi.yaml" \
    >"$logdir/prism-sockudo.log" 2>&1 &
pids+=($!)
export PRISM_SOCKUDO_URL="http://127.0.0.1:$sport"
wait_http "$PRISM_SOCKUDO_URL/" prism-sockudo "${pids[-1]}"

cport=$(free_port)
"$bin/prism" mock --host 127.0.0.1 --port "$cport" --errors "$root/spec/schematic/openapi.yaml" \
    >"$logdir/prism-schematic.log" 2>&1 &
pids+=($!)
export PRISM_SCHEMATIC_URL="http://127.0.0.1:$cport"
wait_http "$PRISM_SCHEMATIC_URL/" prism-schematic "${pids[-1]}"

# Prism serves what the SDK was made from: the vendor's document with its overlays applied.
served=$logdir/suprsend-served.json
(cd "$root" && /usr/bin/python3 -m generator --quiet --spec spec/suprsend/openapi.yaml --config spec/suprsend/sdk.yaml \
    --out "$logdir/suprsend-sdk" --write-spec "$served") 2>"$logdir/suprsend-served.log" ||
    { echo "the served SuprSend document could not be written:"; cat "$logdir/suprsend-served.log"; exit 1; }
uport=$(free_port)
"$bin/prism" mock --host 127.0.0.1 --port "$uport" --errors "$served" >"$logdir/prism-suprsend.log" 2>&1 &
pids+=($!)
export PRISM_SUPRSEND_URL="http://127.0.0.1:$uport"
wait_http "$PRISM_SUPRSEND_URL/" prism-suprsend "${pids[-1]}"

rport=$(free_port)
export EVENT_RECEIVER_SECRET="receiver-secret-$rport"
/usr/bin/python3 "$root/tests/servers/event_receiver.py" "$rport" "$EVENT_RECEIVER_SECRET" \
    >"$logdir/event-receiver.log" 2>&1 &
pids+=($!)
export EVENT_RECEIVER_URL="http://127.0.0.1:$rport"
wait_http "$EVENT_RECEIVER_URL/stats" event-receiver "${pids[-1]}"

fport=$(free_port)
/usr/bin/python3 "$root/tests/servers/fault_server.py" "$fport" 20261123 >"$logdir/fault-server.log" 2>&1 &
pids+=($!)
export FAULT_SERVER_URL="http://127.0.0.1:$fport"
wait_http "$FAULT_SERVER_URL/stats" fault-server "${pids[-1]}"

pport=$(free_port)
export PUSHER_APP_ID="app-$pport" PUSHER_KEY="pusher-key-$pport" PUSHER_SECRET="pusher-secret-$pport"
/usr/bin/python3 "$root/tests/servers/pusher_server.py" "$pport" "$PUSHER_APP_ID" "$PUSHER_KEY" "$PUSHER_SECRET" \
    >"$logdir/pusher-server.log" 2>&1 &
pids+=($!)
export PUSHER_SERVER_URL="http://127.0.0.1:$pport"
wait_http "$PUSHER_SERVER_URL/journal" pusher-server "${pids[-1]}"

xport=$(free_port)
/usr/bin/python3 "$root/tests/servers/http_proxy.py" "$xport" >"$logdir/http-proxy.log" 2>&1 &
pids+=($!)
export PROXY_URL="http://127.0.0.1:$xport"
wait_http "$PROXY_URL/journal" http-proxy "${pids[-1]}"

if [ "${WITH_WIREMOCK:-1}" = 1 ]; then
wport=$(free_port)
setsid "$bin/wiremock" --bind-address 127.0.0.1 --port "$wport" --disable-banner --root-dir "$logdir/wiremock" \
    >"$logdir/wiremock.log" 2>&1 &
pids+=($!)
export WIREMOCK_URL="http://127.0.0.1:$wport"
wait_http "$WIREMOCK_URL/__admin/mappings" wiremock "${pids[-1]}"
fi

"$@"
