"""Compares what the vendor's SDK and the C SDK sent for the same flows (run.sh): method, path,
the API key header and the JSON body member for member, request by request; generated values
(sent_at) only for their form. Differences made on purpose are listed and must be exactly these:

- identify and track: the vendor's SDK posts them to its capture service, `POST /batch` with
  {"events": [{"api_key", "type", "body", "sent_at"}]}, a service the spec does not describe; the C
  SDK posts them to the spec's `POST /event-batch` with {"events": [{"event_type", "body",
  "sent_at"}]} (CreateEventBatchRequestBody), the key only in the header, so that dead-letter
  files never hold it. Each event's `body` must be the same.
- headers that name the SDK (User-Agent, X-Fern-*) differ.

    compare.py NODE_JOURNAL C_JOURNAL FLOWS_JSON     exit 0 when everything else is equal
"""
import json
import re
import sys

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def header(req, name):
    return next((v for k, v in req["headers"].items() if k.lower() == name.lower()), None)


def find(journal, method, path):
    hits = [r for r in journal if r["method"] == method and r["path"] == path]
    return hits[0] if len(hits) == 1 else None


def main(node_path, c_path, flows_path):
    node, c, flows = (json.load(open(p)) for p in (node_path, c_path, flows_path))
    problems, compared = [], []

    def same(what, a, b):
        if a != b:
            problems.append(f"{what}: vendor {json.dumps(a)} != C {json.dumps(b)}")

    for method, path, name in (("POST", f"/flags/{flows['flag']}/check", "check flag"),
                               ("POST", "/companies", "upsert company"), ("POST", "/users", "upsert user")):
        n, k = find(node, method, path), find(c, method, path)
        if n is None or k is None:
            problems.append(f"{name}: {method} {path} sent {'not ' if n is None else ''}once by the vendor, "
                            f"{'not ' if k is None else ''}once by C")
            continue
        same(f"{name}: X-Schematic-Api-Key", header(n, "X-Schematic-Api-Key"), header(k, "X-Schematic-Api-Key"))
        same(f"{name}: Content-Type", header(n, "Content-Type"), header(k, "Content-Type"))
        same(f"{name}: body", json.loads(n["body"]), json.loads(k["body"]))
        compared.append(name)

    n, k = find(node, "POST", "/batch"), find(c, "POST", "/event-batch")
    if n is None or k is None:
        problems.append("events: the vendor's POST /batch or C's POST /event-batch is missing (or sent twice)")
    else:
        same("events: X-Schematic-Api-Key", header(n, "X-Schematic-Api-Key"), header(k, "X-Schematic-Api-Key"))
        ne, ke = json.loads(n["body"])["events"], json.loads(k["body"])["events"]
        same("events: count", len(ne), len(ke))
        for a, b in zip(ne, ke):
            kind = a.get("type")
            same(f"{kind}: type / event_type", kind, b.get("event_type"))
            same(f"{kind}: body", a.get("body"), b.get("body"))
            for side, ev in (("vendor", a), ("C", b)):
                if not RFC3339.match(str(ev.get("sent_at"))):
                    problems.append(f"{kind}: the {side} sent_at {ev.get('sent_at')!r} is not RFC 3339")
            same(f"{kind}: api_key in the event (the vendor's only)", a.get("api_key"), flows["api_key"])
            if "api_key" in b:
                problems.append(f"{kind}: C put the API key in the event")
            extra = sorted(set(a) - {"api_key", "type", "body", "sent_at"}) + sorted(set(b) - {"event_type", "body", "sent_at"})
            if extra:
                problems.append(f"{kind}: unexpected members {extra}")
            compared.append(kind)
    unexpected = [r["method"] + " " + r["path"] for r in c
                  if (r["method"], r["path"]) not in {("POST", f"/flags/{flows['flag']}/check"), ("POST", "/companies"),
                                                      ("POST", "/users"), ("POST", "/event-batch")}]
    if unexpected:
        problems.append(f"C sent more than the flows: {unexpected}")
    for p in problems:
        print("!! " + p)
    print(f"compare: {len(compared)} requests compared ({', '.join(compared)}); {len(problems)} mismatches; "
          "on purpose: events to POST /event-batch as CreateEventBatchRequestBody (the vendor: POST /batch of its "
          "capture service, the key in each event), the SDK-naming headers")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
