"""A forwarding HTTP proxy for the tests, and the books of what went through it.

    http_proxy.py PORT

A request with an absolute URI (GET/POST/PUT/DELETE/PATCH http://127.0.0.1:PORT/path, as a
client sends it to a proxy) is forwarded to that origin over a fresh connection, without the
hop-by-hop headers, and the origin's answer (status, headers, body) is returned; each one
forwarded is journaled (method, url). It only ever connects to 127.0.0.1: any other host or
scheme (and CONNECT, i.e. https through the proxy) is refused, 502 and 501, and not journaled.
An origin that cannot be reached is answered 502.

Asked directly (a path starting with /, not a proxy request):
  GET  /journal   {"count": N, "requests": [{"method": ..., "url": ...}, ...]}, in order
  POST /reset     empties the journal
Listens on 127.0.0.1 only.
"""
import http.client
import sys
import threading
from http.server import ThreadingHTTPServer
from urllib.parse import urlsplit

from json_handler import JsonHandler

# Headers of one connection, not of the request: never forwarded, either way (RFC 9110 7.6.1).
HOP_BY_HOP = {"connection", "proxy-connection", "keep-alive", "proxy-authenticate", "proxy-authorization",
              "te", "trailer", "transfer-encoding", "upgrade"}
ORIGIN_TIMEOUT_S = 30


class Journal:
    lock = threading.Lock()
    requests = []


class ProxyHandler(JsonHandler):

    def do_GET(self):
        if self.path == "/journal":
            with Journal.lock:
                self._answer(200, {"count": len(Journal.requests), "requests": list(Journal.requests)})
            return
        self._forward()

    def do_POST(self):
        if self.path == "/reset":
            self._body()
            with Journal.lock:
                Journal.requests.clear()
            self._answer(200, {})
            return
        self._forward()

    def do_PUT(self):
        self._forward()

    def do_DELETE(self):
        self._forward()

    def do_PATCH(self):
        self._forward()

    def _body(self):
        """The request's body, by Content-Length or chunked."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            body = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0], 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):  # trailers
                        pass
                    return body
                body += self.rfile.read(size)
                self.rfile.readline()  # the CRLF after the chunk
        return self.rfile.read(int(self.headers.get("Content-Length", "0") or 0))

    def _forward(self):
        body = self._body()
        if self.path.startswith("/"):
            self._answer(404, {"error": "not found (a proxy request needs an absolute URI)"})
            return
        url = urlsplit(self.path)
        if url.scheme != "http" or url.hostname != "127.0.0.1":
            self._answer(502, {"error": "this test proxy only forwards to http://127.0.0.1"})
            return
        # The client's headers as they came (repeats kept, none added but Host and the length).
        headers = [(k, v) for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP | {"content-length"}]
        if "Host" not in self.headers:
            headers.append(("Host", url.netloc))
        if body or self.command in ("POST", "PUT", "PATCH"):
            headers.append(("Content-Length", str(len(body))))
        target = (url.path or "/") + (f"?{url.query}" if url.query else "")
        origin = http.client.HTTPConnection("127.0.0.1", url.port or 80, timeout=ORIGIN_TIMEOUT_S)
        try:
            origin.putrequest(self.command, target, skip_host=True, skip_accept_encoding=True)
            for k, v in headers:
                origin.putheader(k, v)
            origin.endheaders(body)
            answer = origin.getresponse()
            payload = answer.read()
        except OSError as e:
            self._answer(502, {"error": f"the origin could not be reached: {e}"})
            return
        finally:
            origin.close()
        with Journal.lock:
            Journal.requests.append({"method": self.command, "url": self.path})
        self.send_response(answer.status, answer.reason)
        for k, v in answer.getheaders():  # Date and Server: send_response writes its own
            if k.lower() not in HOP_BY_HOP and k.lower() not in ("content-length", "date", "server"):
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


class Server(ThreadingHTTPServer):
    daemon_threads = True


def main():
    Server(("127.0.0.1", int(sys.argv[1])), ProxyHandler).serve_forever()


if __name__ == "__main__":
    main()
