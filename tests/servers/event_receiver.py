"""A local eSauti events endpoint for the tests: checks each request the way the server does,
independently of the SDK (Python's hmac, not our C), and counts what it accepted and refused.

    event_receiver.py PORT SECRET

POST /api/integrations/events: 401 unless `Authorization: Bearer ...` is present and
`X-eSauti-Signature` is `sha256=` + hex HMAC-SHA256(SECRET, METHOD\\nPATH\\nTIMESTAMP\\nBODY) with
`X-eSauti-Timestamp` within 300 s of now; 400 unless the body is an envelope with the
required members and `Idempotency-Key` equals its id; else 202 with a receipt (status
`duplicate` for an id seen before). POST /api/integrations/events/batch: the same checks of the
signature, then of each envelope of {"events": [...]} (at most 100) and of the Idempotency-Key
(the batch's own); 202 with one receipt per event. GET /stats answers the counts. Listens on
127.0.0.1 only.
"""
import hashlib
import hmac
import json
import sys
import time
from datetime import datetime, timezone
from http.server import ThreadingHTTPServer

from json_handler import JsonHandler

ENVELOPE_MEMBERS = ("id", "type", "schema_version", "occurred_at", "source", "identity", "data")
MAX_SKEW_S = 300


class Receiver(JsonHandler):
    stats = {"accepted": 0, "duplicate": 0, "unauthorized": 0, "bad_request": 0, "batches": 0}
    seen = set()
    secret = b""

    def do_GET(self):
        if self.path == "/stats":
            self._answer(200, self.stats)
        else:
            self._answer(404, {"code": 404, "message": "not found"})

    def _signature_ok(self, body):
        ts = self.headers.get("X-eSauti-Timestamp", "")
        sig = self.headers.get("X-eSauti-Signature", "")
        if not ts.isdigit() or abs(int(ts) - time.time()) > MAX_SKEW_S or not sig.startswith("sha256="):
            return False
        base = b"\n".join([self.command.encode(), self.path.encode(), ts.encode(), body])
        expected = hmac.new(self.secret, base, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, sig[len("sha256="):])

    def _receipt(self, env):
        status = "duplicate" if env["id"] in self.seen else "accepted"
        self.seen.add(env["id"])
        self.stats[status] += 1
        now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        return {"id": env["id"], "status": status, "received_at": now}

    def _batch(self, body):
        try:
            events = json.loads(body).get("events")
            ok = (isinstance(events, list) and 1 <= len(events) <= 100 and bool(self.headers.get("Idempotency-Key"))
                  and self.headers.get("X-eSauti-Source") is not None
                  and all(isinstance(e, dict) and all(m in e for m in ENVELOPE_MEMBERS) for e in events))
        except (ValueError, AttributeError):
            ok = False
        if not ok:
            self.stats["bad_request"] += 1
            self._answer(400, {"code": 400, "message": "not a batch of event envelopes"})
            return
        self.stats["batches"] += 1
        self._answer(202, {"receipts": [self._receipt(e) for e in events]})

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if self.path not in ("/api/integrations/events", "/api/integrations/events/batch"):
            self._answer(404, {"code": 404, "message": "not found"})
            return
        if not self.headers.get("Authorization", "").startswith("Bearer ") or not self._signature_ok(body):
            self.stats["unauthorized"] += 1
            self._answer(401, {"code": 401, "message": "signature mismatch"})
            return
        if self.path.endswith("/batch"):
            self._batch(body)
            return
        try:
            env = json.loads(body)
            ok = (isinstance(env, dict) and all(m in env for m in ENVELOPE_MEMBERS)
                  and self.headers.get("Idempotency-Key") == env["id"]
                  and self.headers.get("X-eSauti-Source") == env["source"])
        except ValueError:
            ok = False
        if not ok:
            self.stats["bad_request"] += 1
            self._answer(400, {"code": 400, "message": "not an event envelope"})
            return
        self._answer(202, self._receipt(env))


class Server(ThreadingHTTPServer):
    # Clients that open many connections at once (examples/esauti_async_libuv.c: 64): with the
    # default listen backlog of 5 the connections beyond it wait for the kernel's SYN retries
    # (1 s, 3 s, ...), and 1,000 events take 30 s instead of half a second.
    request_queue_size = 128


def main():
    port, secret = int(sys.argv[1]), sys.argv[2]
    Receiver.secret = secret.encode()
    Server(("127.0.0.1", port), Receiver).serve_forever()


if __name__ == "__main__":
    main()
