"""An events endpoint that misbehaves on purpose, for the load tests, and keeps the books.

    fault_server.py PORT SEED

POST /api/integrations/events: with faults on, a seeded random 10% of requests get 503, 1% have
their connection reset before the event is taken, and 1% after it is taken (the answer is
lost, so the client's retry delivers the event a second time: counted as a duplicate).
Otherwise 202 with a receipt. POST /faults {"enabled": false} turns faults off; GET /stats
answers the books.

POST /api/integrations/events/batch ({"events": [envelope, ...]}, at most 100): slow (a seeded
0 to 4 ms before answering) and faulty like the single endpoint, with faults of its own (the
same rates, its own switch POST /batch/faults); a taken batch refuses 0.2% of its events one
by one (receipt status "rejected"); 400 without an Idempotency-Key or with a malformed batch.
A key seen again must come with the same events (a retry): else it is counted as a mismatch.
GET /batch/stats answers its books; GET /ids?prefix=P lists, one per line, the ids starting
with P that either endpoint accepted. Listens on 127.0.0.1 only.
"""
import json
import random
import socket
import struct
import sys
import threading
import time
from datetime import datetime, timezone
from http.server import ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

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

class BatchBooks:
    lock = threading.Lock()
    rng = random.Random(0)
    faults = True
    requests = 0
    served_503 = 0
    resets_before = 0
    resets_after = 0
    bad_request = 0
    rejected = 0
    keys = {}  # idempotency key -> the ids of its batch
    key_reuses = 0
    key_mismatches = 0
    accepted = {}  # event id -> times accepted

    MAX_EVENTS = 100
    ENVELOPE = ("id", "type", "schema_version", "occurred_at", "source", "identity", "data")


def _now():
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


class FaultyHandler(JsonHandler):

    def _reset(self):
        """Closes the connection with a TCP reset: the client sees 'connection reset by peer'."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def do_GET(self):
        url = urlsplit(self.path)
        if url.path == "/batch/stats":
            with BatchBooks.lock:
                b = BatchBooks
                self._answer(200, {"requests": b.requests, "served_503": b.served_503, "resets_before": b.resets_before,
                                   "resets_after": b.resets_after, "bad_request": b.bad_request, "rejected": b.rejected,
                                   "keys": len(b.keys), "key_reuses": b.key_reuses, "key_mismatches": b.key_mismatches,
                                   "unique": len(b.accepted), "duplicates": sum(n - 1 for n in b.accepted.values())})
            return
        if url.path == "/ids":
            prefix = parse_qs(url.query).get("prefix", [""])[0]
            with Books.lock, BatchBooks.lock:
                ids = {i for i in Books.accepted if i.startswith(prefix)}
                ids.update(i for i in BatchBooks.accepted if i.startswith(prefix))
            body = "".join(i + "\n" for i in sorted(ids)).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
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
        if self.path == "/batch/faults":
            BatchBooks.faults = bool(json.loads(body).get("enabled"))
            self._answer(200, {"enabled": BatchBooks.faults})
            return
        if self.path == "/api/integrations/events/batch":
            self._batch(body)
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


    def _batch_ids(self, body):
        """The ids of a well-formed batch, or None."""
        try:
            events = json.loads(body).get("events")
        except (ValueError, AttributeError):
            return None
        if not isinstance(events, list) or not 1 <= len(events) <= BatchBooks.MAX_EVENTS:
            return None
        if not all(isinstance(e, dict) and all(m in e for m in BatchBooks.ENVELOPE) for e in events):
            return None
        return [e["id"] for e in events]

    def _batch(self, body):
        b = BatchBooks
        ids = self._batch_ids(body)
        key = self.headers.get("Idempotency-Key")
        with b.lock:
            b.requests += 1
            if ids is None or not key:
                b.bad_request += 1
                bad = True
            else:
                bad = False
                if key in b.keys:
                    b.key_reuses += 1
                    b.key_mismatches += b.keys[key] != ids
                else:
                    b.keys[key] = ids
                r = b.rng.random() if b.faults else 1.0
                delay = b.rng.random() * 0.004
                taken = r >= 0.01 and not 0.02 <= r < 0.12
                receipts = []
                for event_id in ids if taken else ():
                    seen = b.accepted.get(event_id, 0)
                    if seen == 0 and b.faults and b.rng.random() < 0.002:
                        b.rejected += 1
                        receipts.append({"id": event_id, "status": "rejected", "received_at": _now(),
                                         "error": "synthetic rejection"})
                        continue
                    b.accepted[event_id] = seen + 1
                    receipts.append({"id": event_id, "status": "duplicate" if seen else "accepted",
                                     "received_at": _now()})
                if r < 0.01:
                    b.resets_before += 1
                elif r < 0.02:
                    b.resets_after += 1
                elif r < 0.12:
                    b.served_503 += 1
        if bad:
            self._answer(400, {"code": 400, "message": "not a batch of envelopes with an Idempotency-Key"})
            return
        time.sleep(delay)  # a slow server
        if r < 0.02:
            self._reset()
        elif r < 0.12:
            self._answer(503, {"code": 503, "message": "try again"})
        else:
            self._answer(202, {"receipts": receipts})


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):  # resets are the point here
        pass


def main():
    port, seed = int(sys.argv[1]), int(sys.argv[2])
    Books.rng = random.Random(seed)
    BatchBooks.rng = random.Random(seed + 1)
    Server(("127.0.0.1", port), FaultyHandler).serve_forever()


if __name__ == "__main__":
    main()
