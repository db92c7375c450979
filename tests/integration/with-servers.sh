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
# Their logs go to $SERVERS_DIR (build/servers).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=$root/tests/servers/node_modules/.bin
logdir=${SERVERS_DIR:-$root/build/servers} # another folder for each set of servers running at once
mkdir -p "$logdir"
pids=()
# A server started by setsid leads a process group of its own: the whole group is stopped (the
# WireMock launcher is a node script whose java child would outlive it otherwise).
cleanup() {
    for p in "${pids[@]}"; do kill -- "-$p" 2>/dev/null || kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT INT TERM

# Every port at once (all different), every server started, then all waited
# for: their start-ups overlap instead of adding up.
read -r port bport sport cport uport rport fport pport xport wport < <(/usr/bin/python3 "$root/tests/support/free_ports.py" 10)
waits=() # url name pid, three words each

start() { # name url-to-wait-on command...: runs the command in the background, its output in $logdir/<name>.log
    local name=$1 url=$2; shift 2
    "$@" >"$logdir/$name.log" 2>&1 &
    pids+=($!)
    waits+=("$url" "$name" "$!")
}

wait_http() { # url, name, pid
    for _ in $(seq 1 300); do
        curl -s -o /dev/null "$1" && return 0
        kill -0 "$3" 2>/dev/null || { echo "$2 exited early; log:"; tail -n 30 "$logdir/$2.log"; return 1; }
        sleep 0.1
    done
    echo "$2 did not start within 30 s; log:"; tail -n 30 "$logdir/$2.log"; return 1
}

export PRISM_ESAUTI_URL="http://127.0.0.1:$port"
start prism-esauti "$PRISM_ESAUTI_URL/" "$bin/prism" mock --host 127.0.0.1 --port "$port" --errors "$root/spec/esauti/openapi.yaml"
export PRISM_BRITEEVENTS_URL="http://127.0.0.1:$bport"
start prism-briteevents "$PRISM_BRITEEVENTS_URL/" \
    "$bin/prism" mock --host 127.0.0.1 --port "$bport" --errors "$root/spec/briteevents/openapi.yaml"
export PRISM_SOCKUDO_URL="http://127.0.0.1:$sport"
start prism-sockudo "$PRISM_SOCKUDO_URL/" "$bin/prism" mock --host 127.0.0.1 --port "$sport" --errors "$root/spec/sockudo/openapi.yaml"
export PRISM_SCHEMATIC_URL="http://127.0.0.1:$cport"
start prism-schematic "$PRISM_SCHEMATIC_URL/" \
    "$bin/prism" mock --host 127.0.0.1 --port "$cport" --errors "$root/spec/schematic/openapi.yaml"

export EVENT_RECEIVER_SECRET="receiver-secret-$rport"
export EVENT_RECEIVER_URL="http://127.0.0.1:$rport"
start event-receiver "$EVENT_RECEIVER_URL/stats" \
    /usr/bin/python3 "$root/tests/servers/event_receiver.py" "$rport" "$EVENT_RECEIVER_SECRET"
export FAULT_SERVER_URL="http://127.0.0.1:$fport"
start fault-server "$FAULT_SERVER_URL/stats" /usr/bin/python3 "$root/tests/servers/fault_server.py" "$fport" 20261123
export PUSHER_APP_ID="app-$pport" PUSHER_KEY="pusher-key-$pport" PUSHER_SECRET="pusher-secret-$pport"
export PUSHER_SERVER_URL="http://127.0.0.1:$pport"
start pusher-server "$PUSHER_SERVER_URL/journal" \
    /usr/bin/python3 "$root/tests/servers/pusher_server.py" "$pport" "$PUSHER_APP_ID" "$PUSHER_KEY" "$PUSHER_SECRET"
export PROXY_URL="http://127.0.0.1:$xport"
start http-proxy "$PROXY_URL/journal" /usr/bin/python3 "$root/tests/servers/http_proxy.py" "$xport"
if [ "${WITH_WIREMOCK:-1}" = 1 ]; then
    export WIREMOCK_URL="http://127.0.0.1:$wport"
    start wiremock "$WIREMOCK_URL/__admin/mappings" \
        setsid "$bin/wiremock" --bind-address 127.0.0.1 --port "$wport" --disable-banner --root-dir "$logdir/wiremock"
fi

# Prism serves what the SDK was made from: the vendor's document with its overlays applied. Written
# while the others start.
served=$logdir/suprsend-served.json
(cd "$root" && /usr/bin/python3 -m generator --quiet --spec spec/suprsend/openapi.yaml --config spec/suprsend/sdk.yaml \
    --out "$logdir/suprsend-sdk" --write-spec "$served") 2>"$logdir/suprsend-served.log" ||
    { echo "the served SuprSend document could not be written:"; cat "$logdir/suprsend-served.log"; exit 1; }
export PRISM_SUPRSEND_URL="http://127.0.0.1:$uport"
start prism-suprsend "$PRISM_SUPRSEND_URL/" "$bin/prism" mock --host 127.0.0.1 --port "$uport" --errors "$served"

for ((i = 0; i < ${#waits[@]}; i += 3)); do wait_http "${waits[i]}" "${waits[i+1]}" "${waits[i+2]}"; done

"$@"
