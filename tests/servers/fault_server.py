"""An events endpoint that misbehaves on purpose, for the load test, and keeps the books.

    fault_server.py PORT SEED

POST /api/integrations/events: with faults on, a seeded random 10% of requests get 503, 1% have
their connection reset before the event is taken, and 1% after it is taken (the answer is
lost, so the client's retry delivers the event a second time: counted as a duplicate).
Otherwise 202 with a receipt. POST /faults {"enabled": false} turns faults off; GET /stats
answers the books. Listens on 127.0.0.1 only.
"""
import json
import random
import socket
import struct
import sys
import threading
from datetime import datetime, timezone
from http.server import ThreadingHTTPServer

from json_handler import JsonHandler


class Books:
    lock = threading.Lock()
    rng = random.Random(0)
    faults = True
    requests = 0
    served_503 = 0
    resets_before = 0
    resets_after = 0
    accepted = {}  # event id -> times accepted

class FaultyHandler(JsonHandler):

    def _reset(self):
        """Closes the connection with a TCP reset: the client sees 'connection reset by peer'."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def do_GET(self):
        if self.path != "/stats":
            self._answer(404, {"code": 404, "message": "not found"})
            return
        with Books.lock:
            self._answer(200, {"requests": Books.requests, "served_503": Books.served_503,
                               "resets_before": Books.resets_before, "resets_after": Books.resets_after,
                               "unique": len(Books.accepted),
                               "duplicates": sum(n - 1 for n in Books.accepted.values())})

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.path == "/faults":
            Books.faults = bool(json.loads(body).get("enabled"))
            self._answer(200, {"enabled": Books.faults})
            return
        if self.path != "/api/integrations/events":
            self._answer(404, {"code": 404, "message": "not found"})
            return
        event_id = json.loads(body)["id"]
        with Books.lock:
            Books.requests += 1
            r = Books.rng.random() if Books.faults else 1.0
            if r < 0.01:
                Books.resets_before += 1
            elif r < 0.02:
                Books.resets_after += 1
            elif r < 0.12:
                Books.served_503 += 1
            if r >= 0.01 and not 0.02 <= r < 0.12:
                Books.accepted[event_id] = Books.accepted.get(event_id, 0) + 1
                status = "accepted" if Books.accepted[event_id] == 1 else "duplicate"
        if r < 0.02:
            self._reset()
        elif r < 0.12:
            self._answer(503, {"code": 503, "message": "try again"})
        else:
            now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
            self._answer(202, {"id": event_id, "status": status, "received_at": now})


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # resets are the point here
        pass


def main():
    port, seed = int(sys.argv[1]), int(sys.argv[2])
    Books.rng = random.Random(seed)
    Server(("127.0.0.1", port), FaultyHandler).serve_forever()


if __name__ == "__main__":
    main()
