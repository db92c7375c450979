"""A recording server for differential tests (tests/suprsend/run.sh): keeps every request it gets
(method, path with query, headers, body) in a journal and answers each from a table that the test
sets, so that two SDKs can be driven against it in turn and their requests compared. It listens
on 127.0.0.1 only and contacts nothing.

    recording_server.py PORT

    GET  /__journal   the journal, a JSON array of {method, path, headers, body}
    POST /__reset     empties the journal and restores the default answers
    POST /__answers   replaces the answers: a JSON object from "METHOD /path" (query left out),
                      or "*" for any other request, to {"status": int, "body": any JSON value}

By default every request is answered 202 {"status": "success"}, which SuprSend's SDKs read as a
success whatever they sent.
"""
import json
import sys
import threading
from http.server import ThreadingHTTPServer

from json_handler import JsonHandler

DEFAULT_ANSWERS = {"*": {"status": 202, "body": {"status": "success"}}}

journal = []
answers = dict(DEFAULT_ANSWERS)
lock = threading.Lock()


class Handler(JsonHandler):
    def _handle(self):
        global answers
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.path == "/__journal" and self.command == "GET":
            with lock:
                return self._answer(200, journal)
        if self.path == "/__reset" and self.command == "POST":
            with lock:
                journal.clear()
                answers = dict(DEFAULT_ANSWERS)
            return self._answer(200, {})
        if self.path == "/__answers" and self.command == "POST":
            try:
                table = json.loads(body)
                if not isinstance(table, dict) or not all(isinstance(v, dict) and isinstance(v.get("status"), int)
                                                          for v in table.values()):
                    raise ValueError("a JSON object of {status, body}")
            except ValueError as exc:
                return self._answer(400, {"error": f"answers: {exc}"})
            with lock:
                answers = dict(DEFAULT_ANSWERS, **table)
            return self._answer(200, {})
        with lock:
            journal.append({"method": self.command, "path": self.path, "headers": dict(self.headers.items()),
                            "body": body.decode("utf-8", "replace")})
            answer = answers.get(f"{self.command} {self.path.split('?')[0]}", answers["*"])
        self._answer(answer["status"], answer.get("body"))

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
