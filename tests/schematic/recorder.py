"""A recording server for the Schematic differential (run.sh): keeps every request it gets
(method, path, headers, body) in a journal, and answers it the way the spec says by asking Prism
(serving spec/schematic/openapi.yaml), so both SDKs decode spec-valid answers. The vendor SDK's
own event endpoint, `POST /batch` of its capture service, is not in the spec: it is answered 200
here. Only 127.0.0.1 is ever contacted.

    recorder.py PORT PRISM_URL     GET /__journal: the journal as JSON; POST /__reset: empty it
"""
import http.client
import http.server
import json
import sys
import threading
import urllib.parse

journal = []
lock = threading.Lock()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _send(self, status, body, content_type="application/json"):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _handle(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.path == "/__journal":
            with lock:
                return self._send(200, json.dumps(journal))
        if self.path == "/__reset":
            with lock:
                journal.clear()
            return self._send(200, "{}")
        with lock:
            journal.append({"method": self.command, "path": self.path, "headers": dict(self.headers.items()),
                            "body": body.decode("utf-8", "replace")})
        if self.path == "/batch":
            return self._send(200, "{}")
        prism = urllib.parse.urlsplit(PRISM)
        conn = http.client.HTTPConnection(prism.hostname, prism.port, timeout=30)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection", "content-length")}
        conn.request(self.command, self.path, body=body or None, headers=headers)
        res = conn.getresponse()
        data = res.read()
        conn.close()
        self._send(res.status, data, res.getheader("Content-Type") or "application/json")

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    PRISM = sys.argv[2]
    if urllib.parse.urlsplit(PRISM).hostname != "127.0.0.1":
        sys.exit("recorder.py: Prism must be on 127.0.0.1")
    http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
