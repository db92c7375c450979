"""A local server of the Pusher Channels HTTP API, for the tests: it checks every request's
signature the way Pusher and Sockudo do, independently of the SDK (Python's hmac and hashlib,
not our C), answers like Sockudo, and keeps a journal of what it accepted and refused.

    pusher_server.py PORT APP_ID KEY SECRET

Every request under /apps/ is refused with 401 and a JSON error unless its query has auth_key
(the app's KEY), auth_timestamp (within 600 s of now), auth_version 1.0, body_md5 (the hex MD5
of the body; required with a body, and must match) and auth_signature: the hex HMAC-SHA256 under
SECRET of METHOD\\nPATH\\nQUERY, PATH as the request line has it and QUERY every other parameter,
names lower-cased, values decoded, sorted by name and joined k=v&k=v. A parameter given twice is
refused too. A path naming another app than APP_ID is answered 404.

Accepted requests are answered like Sockudo:
  POST /apps/APP_ID/events          {name, data (a string, at most 10240 bytes: 413 above),
                                    channels (1 to 100) or channel, socket_id, info,
                                    idempotency_key}: 200 {} or, with info, {"channels": {...}};
                                    the same answer again for an idempotency key seen before
                                    (X-Idempotency-Key header or body), counted as a replay
  POST /apps/APP_ID/batch_events    {"batch": [event with channel, ...]} (1 to 10): 200 {} or,
                                    when an event asks for info, {"batch": [attributes, ...]}
  GET  /apps/APP_ID/channels        filter_by_prefix, info (user_count needs filter_by_prefix
                                    presence-): {"channels": {name: {attributes}}}
  GET  /apps/APP_ID/channels/NAME   info: {"occupied", "user_count" (presence only),
                                    "subscription_count"}
  GET  /apps/APP_ID/channels/NAME/users                     presence channels: {"users": [...]}
  POST /apps/APP_ID/users/USER/terminate_connections        200 {}
Bad requests get 400 with {"error": "..."}.

GET /journal answers {"entries": [...]}: per request under /apps/, in order, its method, path,
status, whether it was accepted, why it was refused, its X-Idempotency-Key header, the
idempotency keys, event names and channels of its body, and whether it was a replay. DELETE
/journal empties it. Listens on 127.0.0.1 only.
"""
import hashlib
import hmac
import json
import re
import sys
import threading
import time
from http.server import ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote, urlsplit

from json_handler import JsonHandler

MAX_SKEW_S = 600
MAX_DATA = 10240
MAX_CHANNELS = 100
MAX_BATCH = 10
CHANNEL = re.compile(r"^(#server-to-user-)?[A-Za-z0-9_\-=@,.;]{1,200}$")
SOCKET_ID = re.compile(r"^\d+\.\d+$")
SIGNING = ("auth_key", "auth_timestamp", "auth_version", "body_md5", "auth_signature")

# What the app's channels look like: subscriptions, and the members of presence channels.
CHANNELS = {
    "orders": {"subscription_count": 4, "users": []},
    "private-chat": {"subscription_count": 2, "users": []},
    "presence-lobby": {"subscription_count": 3, "users": ["user-1", "user-2"]},
}


class Refused(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


class State:
    lock = threading.Lock()
    app_id = key = ""
    secret = b""
    journal = []
    answers = {}  # idempotency key -> (status, answer) of its first accepted request


class PusherHandler(JsonHandler):

    # -- the journal ---------------------------------------------------------------------------
    def do_GET(self):
        if self.path == "/journal":
            with State.lock:
                self._answer(200, {"entries": list(State.journal)})
            return
        self._api(b"")

    def do_DELETE(self):
        if self.path == "/journal":
            with State.lock:
                State.journal.clear()
            self._answer(200, {})
            return
        self._api(self._body())

    def do_POST(self):
        self._api(self._body())

    def _body(self):
        return self.rfile.read(int(self.headers.get("Content-Length", "0") or 0))

    # -- the API -------------------------------------------------------------------------------
    def _api(self, body):
        url = urlsplit(self.path)
        entry = {"method": self.command, "path": url.path, "status": 0, "accepted": False, "reason": None,
                 "idempotency_key": self.headers.get("X-Idempotency-Key"), "body_idempotency_keys": [],
                 "event_names": [], "channels": [], "replay": False}
        if not url.path.startswith("/apps/"):
            self._answer(404, {"error": "not found"})
            return
        try:
            self._check_signature(url, body)
            entry["accepted"] = True
            status, answer = self._route(url, body, entry)
        except Refused as r:
            status, answer = r.status, {"error": str(r)}
            entry["reason"] = str(r)
        entry["status"] = status
        with State.lock:
            State.journal.append(entry)
        self._answer(status, answer)

    def _check_signature(self, url, body):
        pairs = parse_qsl(url.query, keep_blank_values=True)
        names = [k.lower() for k, _ in pairs]
        if len(set(names)) != len(names):
            raise Refused(401, "a query parameter is given twice")
        query = {k.lower(): v for k, v in pairs}
        for name in ("auth_key", "auth_timestamp", "auth_version", "auth_signature"):
            if name not in query:
                raise Refused(401, f"{name} is missing")
        if query["auth_key"] != State.key:
            raise Refused(401, "unknown auth_key")
        if query["auth_version"] != "1.0":
            raise Refused(401, "auth_version must be 1.0")
        if not query["auth_timestamp"].isdigit() or abs(int(query["auth_timestamp"]) - time.time()) > MAX_SKEW_S:
            raise Refused(401, "auth_timestamp is more than 600 s from the server's clock")
        if body and "body_md5" not in query:
            raise Refused(401, "body_md5 is missing")
        if "body_md5" in query and not hmac.compare_digest(query["body_md5"], hashlib.md5(body).hexdigest()):
            raise Refused(401, "body_md5 does not match the body")
        signed = "&".join(f"{k}={v}" for k, v in sorted(query.items()) if k != "auth_signature")
        message = f"{self.command}\n{url.path}\n{signed}".encode()
        expected = hmac.new(State.secret, message, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, query["auth_signature"]):
            raise Refused(401, "invalid signature")

    def _route(self, url, body, entry):
        parts = [unquote(p) for p in url.path.split("/")[1:]]  # apps, APP_ID, ...
        if len(parts) < 3 or parts[1] != State.app_id:
            raise Refused(404, "unknown app")
        query = {k.lower(): v for k, v in parse_qsl(url.query, keep_blank_values=True) if k.lower() not in SIGNING}
        route = (self.command, parts[2], len(parts))
        if route == ("POST", "events", 3):
            return self._trigger(self._json(body), entry)
        if route == ("POST", "batch_events", 3):
            return self._batch(self._json(body), entry)
        if route == ("GET", "channels", 3):
            return 200, self._channels(query)
        if route == ("GET", "channels", 4):
            return 200, self._channel(parts[3], query)
        if route == ("GET", "channels", 5) and parts[4] == "users":
            if not parts[3].startswith("presence-"):
                raise Refused(400, "only presence channels have users")
            return 200, {"users": [{"id": u} for u in CHANNELS.get(parts[3], {"users": []})["users"]]}
        if route == ("POST", "users", 5) and parts[4] == "terminate_connections":
            return 200, {}
        raise Refused(404, "not found")

    @staticmethod
    def _json(body):
        try:
            doc = json.loads(body)
        except ValueError:
            raise Refused(400, "the body is not JSON") from None
        if not isinstance(doc, dict):
            raise Refused(400, "the body must be a JSON object")
        return doc

    @staticmethod
    def _check_event(e, at, entry):
        """The channels of one event, checked as Sockudo checks them."""
        if not isinstance(e.get("name"), str) or not 1 <= len(e["name"]) <= 200:
            raise Refused(400, f"{at}name: an event name of 1 to 200 characters is required")
        if not isinstance(e.get("data"), str):
            raise Refused(400, f"{at}data: a string is required")
        if len(e["data"].encode()) > MAX_DATA:
            raise Refused(413, f"{at}data: more than {MAX_DATA} bytes")
        channels = e.get("channels", [e["channel"]] if "channel" in e else None)
        if not isinstance(channels, list) or not 1 <= len(channels) <= MAX_CHANNELS:
            raise Refused(400, f"{at}channels: 1 to {MAX_CHANNELS} channels are required")
        for c in channels:
            if not isinstance(c, str) or not CHANNEL.match(c):
                raise Refused(400, f"{at}channels: {str(c)[:40]!r} is not a channel name")
        if "socket_id" in e and not (isinstance(e["socket_id"], str) and SOCKET_ID.match(e["socket_id"])):
            raise Refused(400, f"{at}socket_id: not a socket id")
        if "idempotency_key" in e:
            entry["body_idempotency_keys"].append(e["idempotency_key"])
        entry["event_names"].append(e["name"])
        entry["channels"].extend(channels)
        return channels

    @staticmethod
    def _attributes(channel, info):
        wanted = [w.strip() for w in (info or "").split(",") if w.strip()]
        state = CHANNELS.get(channel, {"subscription_count": 0, "users": []})
        out = {}
        if "subscription_count" in wanted:
            out["subscription_count"] = state["subscription_count"]
        if "user_count" in wanted and channel.startswith("presence-"):
            out["user_count"] = len(state["users"])
        return out

    def _replayed(self, keys, entry):
        """The first answer of a request with one of these idempotency keys, or None."""
        with State.lock:
            for k in keys:
                if k in State.answers:
                    entry["replay"] = True
                    return State.answers[k]
        return None

    def _remember(self, keys, answer):
        with State.lock:
            for k in keys:
                State.answers.setdefault(k, answer)

    def _trigger(self, e, entry):
        channels = self._check_event(e, "", entry)
        keys = [k for k in (entry["idempotency_key"], e.get("idempotency_key")) if k]
        first = self._replayed(keys, entry)
        if first is not None:
            return first
        attributes = {"channels": {c: self._attributes(c, e["info"]) for c in channels}} if e.get("info") else {}
        answer = (200, attributes)
        self._remember(keys, answer)
        return answer

    def _batch(self, doc, entry):
        events = doc.get("batch")
        if not isinstance(events, list) or not 1 <= len(events) <= MAX_BATCH:
            raise Refused(400, f"batch: 1 to {MAX_BATCH} events are required")
        for i, e in enumerate(events):
            if not isinstance(e, dict) or "channel" not in e:
                raise Refused(400, f"batch[{i}]: an event with a channel is required")
            self._check_event(e, f"batch[{i}].", entry)
        keys = [k for k in [entry["idempotency_key"]] if k]
        first = self._replayed(keys, entry)
        if first is not None:
            return first
        if any(e.get("info") for e in events):
            answer = (200, {"batch": [self._attributes(e["channel"], e.get("info")) for e in events]})
        else:
            answer = (200, {})
        self._remember(keys, answer)
        return answer

    def _channels(self, query):
        prefix = query.get("filter_by_prefix", "")
        info = query.get("info", "")
        if "user_count" in info and not prefix.startswith("presence-"):
            raise Refused(400, "info=user_count needs filter_by_prefix=presence-")
        return {"channels": {c: self._attributes(c, info) for c in sorted(CHANNELS) if c.startswith(prefix)}}

    def _channel(self, name, query):
        if not CHANNEL.match(name) or name.startswith("#"):
            raise Refused(400, "not a channel name")
        info = query.get("info", "")
        if "user_count" in info and not name.startswith("presence-"):
            raise Refused(400, "info=user_count is for presence channels")
        state = CHANNELS.get(name)
        return dict({"occupied": state is not None and state["subscription_count"] > 0}, **self._attributes(name, info))


class Server(ThreadingHTTPServer):
    daemon_threads = True


def main():
    port, State.app_id, State.key, secret = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    State.secret = secret.encode()
    Server(("127.0.0.1", port), PusherHandler).serve_forever()


if __name__ == "__main__":
    main()
