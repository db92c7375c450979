"""Captures a request the SDK sends, for wrk (bench/wrk_event_batch.lua) or raw libcurl
(bench/curl_raw.c) to send the same bytes:

    capture_request.py OUT PROGRAM SECRET COUNT

runs `PROGRAM URL SECRET COUNT 1` (bench/events_queue with 100: its batches of 100 order.created
events; bench/events_http with 1: one event) against a server of its own on 127.0.0.1, which answers
as eSauti does (a receipt per event of a batch, or the receipt of one event), and writes the first
request to OUT: its header lines as sent ("Name: value"; Host and Content-Length left to the sender),
an empty line, then the body exactly."""
import http.server
import json
import subprocess
import sys
import threading

captured = []


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if not captured:
            captured.append((self.headers.items(), body))
        sent = json.loads(body)
        receipts = [{"id": event["id"], "status": "accepted", "received_at": "2026-11-23T06:18:45.200Z"}
                    for event in sent.get("events", [sent])]
        answer = json.dumps({"receipts": receipts} if "events" in sent else receipts[0]).encode()
        self.send_response(202)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


def main():
    out, program, secret, count = sys.argv[1:5]
    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    subprocess.run([program, url, secret, count, "1"], check=True, stdout=subprocess.DEVNULL)
    server.shutdown()
    if not captured:
        raise SystemExit("capture_request: nothing was sent")
    headers, body = captured[0]
    with open(out, "wb") as fh:
        for name, value in headers:
            if name.lower() not in ("host", "content-length"):
                fh.write(f"{name}: {value}\n".encode())
        fh.write(b"\n" + body)


if __name__ == "__main__":
    main()
