"""Compares what the vendor's Node SDK and the C SDK did for one pair of tests/suprsend (run.sh):
what each printed, byte for byte, and the requests each sent, in order: method, path and query,
the Content-Type's media type (Node adds "; charset=utf-8"), and the body, JSON member by member
(arrays item by item, $attachments included). The pair's diff_<name>.json may relax that under
"compare":

    "generated": {"$insert_id": "uuid", "$time": "epoch_ms"}   values made per request (ids,
                 times): only their form is checked (uuid, epoch_ms, rfc3339), on both sides
    "differ":    {"properties.$ss_sdk_version": "why"}          present on both sides, values
                 allowed to differ (each names its SDK)
    "signature": {"workspace_key": ..., "workspace_secret": ...}  both sides sign the legacy way:
                 each request's Authorization must be `key:signature` over what that request
                 sent (its method, body, Content-Type, Date and path), checked here in Python;
                 without it, Authorization is not compared (the C side may use an API key)

A path is member names and array indexes joined by dots; `*` stands for any one of them
(`*.$insert_id`: that member of every item of a bulk array).

    compare.py NAME RULES_JSON NODE_JOURNAL C_JOURNAL NODE_OUT C_OUT     exit 0 when they agree
"""
import base64
import hashlib
import hmac
import json
import re
import sys

FORMS = {
    "uuid": re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"),
    "rfc3339": re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"),
}
RFC1123 = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} "
                     r"\d{2}:\d{2}:\d{2} GMT$")


def header(req, name):
    return next((v for k, v in req["headers"].items() if k.lower() == name.lower()), None)


def matches(pattern, path):
    return len(pattern) == len(path) and all(p in ("*", str(q)) for p, q in zip(pattern, path))


def of_form(form, value):
    if form == "epoch_ms":
        return isinstance(value, int) and not isinstance(value, bool) and 1_600_000_000_000 < value < 4_000_000_000_000
    return isinstance(value, str) and FORMS[form].match(value) is not None


class Comparison:
    def __init__(self, name, rules):
        self.name = name
        self.generated = [(k.split("."), v) for k, v in rules.get("generated", {}).items()]
        self.differ = [k.split(".") for k in rules.get("differ", {})]
        self.signature = rules.get("signature")
        self.problems = []

    def problem(self, where, text):
        self.problems.append(f"{self.name}: {where}: {text}")

    def values(self, where, path, a, b):
        shown = ".".join(str(p) for p in path) or "(the body)"
        for pattern, form in self.generated:
            if matches(pattern, path):
                for side, v in (("vendor", a), ("C", b)):
                    if not of_form(form, v):
                        self.problem(where, f"{shown}: the {side}'s {json.dumps(v)} is not a {form}")
                return
        if any(matches(p, path) for p in self.differ):
            if a is None or b is None:
                self.problem(where, f"{shown}: vendor {json.dumps(a)}, C {json.dumps(b)} (both must send it)")
            return
        if isinstance(a, dict) and isinstance(b, dict):
            for k in list(a) + [k for k in b if k not in a]:
                if k not in a or k not in b:
                    side = "the vendor" if k in a else "C"
                    self.problem(where, f"{'.'.join(str(p) for p in path + [k])}: only {side} sends it "
                                        f"({json.dumps(a.get(k, b.get(k)))[:80]})")
                else:
                    self.values(where, path + [k], a[k], b[k])
        elif isinstance(a, list) and isinstance(b, list):
            if len(a) != len(b):
                self.problem(where, f"{shown}: vendor {len(a)} items, C {len(b)}")
            for i, (x, y) in enumerate(zip(a, b)):
                self.values(where, path + [i], x, y)
        elif a != b or type(a) is not type(b):
            self.problem(where, f"{shown}: vendor {json.dumps(a)[:120]} != C {json.dumps(b)[:120]}")

    def signed(self, where, side, req):
        """Whether req's Authorization is the workspace signature of what req sent."""
        key, secret = self.signature["workspace_key"], self.signature["workspace_secret"]
        date, auth = header(req, "Date"), header(req, "Authorization") or ""
        if date is None or not RFC1123.match(date):
            return self.problem(where, f"the {side}'s Date {date!r} is not an RFC 1123 date")
        body = req["body"].encode()
        md5 = hashlib.md5(body).hexdigest() if body else ""
        text = "\n".join([req["method"], md5, header(req, "Content-Type") or "", date, req["path"]])
        want = base64.b64encode(hmac.new(secret.encode(), text.encode(), hashlib.sha256).digest()).decode()
        if auth != f"{key}:{want}":
            self.problem(where, f"the {side}'s Authorization {auth!r} is not {key}:<signature of what it sent> ({want})")

    def request(self, i, a, b):
        where = f"request {i + 1} ({a['method']} {a['path']})"
        if (a["method"], a["path"]) != (b["method"], b["path"]):
            self.problem(where, f"C sent {b['method']} {b['path']}")
        media = [(header(r, "Content-Type") or "").split(";")[0].strip() for r in (a, b)]
        if media[0] != media[1]:
            self.problem(where, f"Content-Type: vendor {media[0]!r} != C {media[1]!r}")
        if self.signature is not None:
            self.signed(where, "vendor", a)
            self.signed(where, "C", b)
        try:
            ja, jb = json.loads(a["body"]) if a["body"] else None, json.loads(b["body"]) if b["body"] else None
        except ValueError:
            if a["body"] != b["body"]:
                self.problem(where, "the bodies (not JSON) differ")
            return
        self.values(where, [], ja, jb)


def main(name, rules_path, node_journal, c_journal, node_out, c_out):
    rules = json.load(open(rules_path)).get("compare", {}) if rules_path != "-" else {}
    cmp = Comparison(name, rules)
    node, c = json.load(open(node_journal)), json.load(open(c_journal))
    if len(node) != len(c):
        cmp.problem("requests", f"the vendor sent {len(node)}, C {len(c)}: vendor {[r['method'] + ' ' + r['path'] for r in node]}, "
                                f"C {[r['method'] + ' ' + r['path'] for r in c]}")
    for i, (a, b) in enumerate(zip(node, c)):
        cmp.request(i, a, b)
    printed = [open(p, encoding="utf-8", errors="replace").read() for p in (node_out, c_out)]
    if printed[0] != printed[1]:
        lines = [p.splitlines() for p in printed]
        first = next((k for k, (x, y) in enumerate(zip(*lines)) if x != y), min(len(lines[0]), len(lines[1])))
        cmp.problem("printed", f"line {first + 1}: vendor {lines[0][first] if first < len(lines[0]) else '(none)'!r} "
                               f"!= C {lines[1][first] if first < len(lines[1]) else '(none)'!r}")
    for p in cmp.problems:
        print("!! " + p)
    lines = printed[0].count("\n")
    print(f"{name}: {len(node)} request(s) and {lines} printed line(s) compared; {len(cmp.problems)} mismatch(es)")
    return 1 if cmp.problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 7:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:7]))
