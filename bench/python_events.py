"""The vendor's stack for the same workload: Python `requests` (a keep-alive Session) and hmac,
one order.created envelope per request, signed as the SDK signs it.

    python_events.py URL SECRET COUNT RUNS     prints VALUE|python_events_per_s|<median> and
                                               VALUE|python_cpu_us_per_event|<median>: the process's
                                               CPU time (user + system, getrusage RUSAGE_SELF through
                                               the resource module) over the timed sends, per event
"""
import hashlib
import hmac
import json
import resource
import statistics
import sys
import time
import uuid
from datetime import datetime, timezone

import requests

DATA = {"order_id": "ord_5001", "currency": "KES", "total_amount": 495000,
        "items": [{"sku": "KIKOY-TWL-BLU", "name": "Kikoy beach towel", "quantity": 3, "unit_amount": 150000},
                  {"sku": "CHAI-500G", "name": "Kericho tea, 500 g", "quantity": 1, "unit_amount": 45000}],
        "placed_at": "2026-04-12T06:50:20Z"}


def send(session, url, path, secret):
    event_id = str(uuid.uuid4())
    body = json.dumps({"id": event_id, "type": "order.created", "schema_version": 1,
                       "occurred_at": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
                       "source": "sdk", "identity": {"customer": {"id": "cus_1001"},
                                                     "entity": {"id": "ord_5001", "type": "order"}},
                       "data": DATA}, separators=(",", ":")).encode()
    ts = str(int(time.time()))
    sig = hmac.new(secret, b"\n".join([b"POST", path.encode(), ts.encode(), body]), hashlib.sha256).hexdigest()
    r = session.post(url + path, data=body, headers={
        "Authorization": "Bearer bench-token", "Content-Type": "application/json", "Idempotency-Key": event_id,
        "X-eSauti-Source": "sdk", "X-eSauti-Timestamp": ts, "X-eSauti-Signature": "sha256=" + sig})
    if r.status_code != 202:
        raise SystemExit(f"python_events: HTTP {r.status_code}")
    r.json()


def cpu_seconds():
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def main():
    url, secret, count, runs = sys.argv[1], sys.argv[2].encode(), int(sys.argv[3]), int(sys.argv[4])
    rates, cpu = [], []
    with requests.Session() as session:
        for _ in range(runs):
            c0, t0 = cpu_seconds(), time.monotonic()
            for _ in range(count):
                send(session, url, "/api/integrations/events", secret)
            rates.append(count / (time.monotonic() - t0))
            cpu.append((cpu_seconds() - c0) * 1e6 / count)
    print(f"VALUE|python_events_per_s|{statistics.median(rates):.0f}")
    print(f"VALUE|python_cpu_us_per_event|{statistics.median(cpu):.3f}")


if __name__ == "__main__":
    main()
