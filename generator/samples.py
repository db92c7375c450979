"""Sample requests synthesised from the spec (examples first, then defaults, enums and constraints).

`--samples FILE` writes, per operation, JSON for its parameters struct and its body. The generic
integration driver decodes them with the runtime codec and calls the operation against a mock
server that validates requests (Prism), so every operation of any spec can be exercised. Under
`webhooks` it writes each webhook's example payloads, which the tests parse as received webhooks.
"""
import json
import os
import re

from .loader import Location
from .pattern_sample import pattern_sample
from .schemas import constraint_only

MAX_DEPTH = 16  # deep enough for the required members of real specs (Schematic nests 8 levels)
_STRING_FORMATS = {"email": "user@example.com", "date-time": "2024-01-02T03:04:05Z", "date": "2024-01-02",
                   "uuid": "123e4567-e89b-42d3-a456-426614174000", "uri": "https://example.com/x",
                   "url": "https://example.com/x", "byte": "AAAA", "ipv4": "192.0.2.1", "hostname": "example.com",
                   "time": "03:04:05Z", "int64": "1", "decimal": "1.5"}


# An apic_file as JSON: no bytes (the codec does not carry them), only a name to send them under.
FILE_SAMPLE = {"filename": "sample.bin"}


class SampleMaker:
    def __init__(self, loader, files=frozenset(), file_lists=frozenset()):
        self.loader = loader
        self.files = files            # Location keys of schemas the SDK holds as files (multipart members)
        self.file_lists = file_lists  # ... as arrays of files

    def value(self, node, loc, depth=0, stack=(), request=True):
        if isinstance(node, dict) and "$ref" in node:
            target, tloc = self.loader.resolve(node, loc)
            if tloc.key() in stack or depth > MAX_DEPTH:
                return _Skip
            return self.value(target, tloc, depth + 1, stack + (tloc.key(),), request)
        if loc.key() in self.files:
            return dict(FILE_SAMPLE)
        if loc.key() in self.file_lists:
            return [dict(FILE_SAMPLE), dict(FILE_SAMPLE)]  # two, as arrays get (see below)
        if not isinstance(node, dict):
            return "sample" if node is True or node is None else _Skip
        # A spec's example or default is used when it has the schema's JSON type (some say
        # `type: object` with an example written as a JSON string, or put an array's default on
        # its items): otherwise one is made from the schema.
        for key in ("example", "default", "const"):
            if key in node and node[key] is not None and _fits(node, node[key]):
                return node[key]
        if isinstance(node.get("examples"), list) and node["examples"] and _fits(node, node["examples"][0]):
            return node["examples"][0]
        if isinstance(node.get("enum"), list):
            options = [v for v in node["enum"] if v is not None]
            if options:
                return options[0]
        for combiner in ("oneOf", "anyOf"):
            if isinstance(node.get(combiner), list):
                for i, part in enumerate(node[combiner]):
                    if constraint_only(part):
                        # `anyOf: [{required: [a]}, ...]` constrains the schema around it: that
                        # schema, with the first alternative's required members.
                        rest = {k: v for k, v in node.items() if k != combiner}
                        rest["required"] = list(node.get("required") or []) + list(part.get("required") or [])
                        return self.value(rest, loc, depth, stack, request)
                    if not (isinstance(part, dict) and part.get("type") == "null"):
                        return self.value(part, loc.child(combiner, i), depth + 1, stack, request)
        if isinstance(node.get("allOf"), list):
            merged, other = {}, _Skip
            for i, part in enumerate(node["allOf"]):
                v = self.value(part, loc.child("allOf", i), depth + 1, stack, request)
                if isinstance(v, dict):
                    merged.update(v)
                elif other is _Skip:
                    other = v
            # allOf of objects merges them; an allOf around a string or an enum is that value.
            if merged:
                return merged
            return other
        t = node.get("type")
        if isinstance(t, list):
            t = next((x for x in t if x != "null"), None)
        if t is None:
            t = "object" if "properties" in node else "array" if "items" in node else None
        if t == "object":
            return self._object(node, loc, depth, stack, request)
        if t == "array":
            item = self.value(node.get("items", {}), loc.child("items"), depth + 1, stack, request)
            if item is _Skip:
                return []
            # Two items where the schema allows: a form body (Twilio's) writes one item as a bare
            # value, which a validating server reads as a string, not an array.
            count = max(int(node.get("minItems", 0) or 0), 1 if node.get("uniqueItems") is True else 2)
            if isinstance(node.get("maxItems"), int):
                count = max(1, min(count, node["maxItems"]))
            return [item] * count
        if t == "string":
            min_len = int(node.get("minLength", 0) or 0)
            if isinstance(node.get("pattern"), str):
                # A validating server refuses a value its pattern does not match.
                text = pattern_sample(node["pattern"], min_len)
                if text is not None:
                    return text
            text = _STRING_FORMATS.get(node.get("format"), "sample")
            text = text + "x" * max(0, min_len - len(text))
            if "maxLength" in node:
                text = text[: int(node["maxLength"])]
            return text
        if t in ("integer", "number"):
            lo, hi = node.get("minimum"), node.get("maximum")
            v = lo if isinstance(lo, (int, float)) else 1
            if isinstance(node.get("exclusiveMinimum"), (int, float)):
                v = node["exclusiveMinimum"] + 1
            if isinstance(hi, (int, float)) and v > hi:
                v = hi
            return int(v) if t == "integer" else v
        if t == "boolean":
            return True
        return "sample"

    def _object(self, node, loc, depth, stack, request):
        out = {}
        required = set(node.get("required") or [])
        for name, prop in (node.get("properties") or {}).items():
            resolved = self.loader.resolve(prop, loc.child("properties", name))[0] if isinstance(prop, dict) else {}
            if request and (_is(prop, resolved, "readOnly")):
                continue
            if not request and _is(prop, resolved, "writeOnly"):
                continue
            if name not in required and depth >= 3:
                continue
            v = self.value(prop, loc.child("properties", name), depth + 1, stack, request)
            if v is not _Skip:
                out[name] = v
        return out


_JSON_TYPES = {"string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,), "array": (list,),
               "object": (dict,)}


def _fits(node, value):
    """Whether value has (one of) the JSON types the schema node declares (any when none is) and,
    for a string, matches its pattern (some documents' examples do not)."""
    if isinstance(value, str) and isinstance(node.get("pattern"), str):
        try:
            if re.search(node["pattern"], value) is None:
                return False
        except re.error:
            pass
    types = node.get("type")
    types = types if isinstance(types, list) else [types] if isinstance(types, str) else []
    if not types:
        return True
    for t in types:
        if t == "null" and value is None:
            return True
        if t in _JSON_TYPES and isinstance(value, _JSON_TYPES[t]) and not (t != "boolean" and isinstance(value, bool)):
            return True
    return False


def _is(node, resolved, key):
    return (isinstance(node, dict) and node.get(key) is True) or (isinstance(resolved, dict) and resolved.get(key) is True)


class _SkipType:
    pass


_Skip = _SkipType()


def _schema_samples(api, maker, spec_path):
    """A sample per component schema that became a struct or a union: its own example when it
    has one, else one made from its members' examples, defaults, enums and formats (as a
    response); for a union, from its first variant, with the discriminator value choosing it."""
    root_loc = Location(os.path.abspath(spec_path), "")
    schemas = (maker.loader.load(spec_path).get("components") or {}).get("schemas") or {}
    titles = {st.title for st in api.structs}
    unions = {u.title: u for u in api.unions if api.webhooks is None or u is not api.webhooks.union}
    out = {}
    for name, node in schemas.items():
        if name not in titles and name not in unions:
            continue
        value = maker.value(node, root_loc.child("components", "schemas", name), request=False)
        if name in unions and value is not _Skip:
            first = unions[name].variants[0]
            if unions[name].discriminator and first.tags and isinstance(value, dict):
                value = dict(value, **{unions[name].discriminator: first.tags[0]})
            out[name] = value
        elif isinstance(value, dict):
            out[name] = value
    for t in api.structs + api.unions:
        if t.has_example:
            out[t.title] = t.example
    return out


def _webhook_samples(ws):
    """Per webhook (by its key in the spec): its member of the webhook union, the headers that
    name it (with an event header) and its requestBody examples, by name: the tests parse them."""
    out = {}
    for w in ws.webhooks:
        entry = {"member": w.variant.member, "examples": w.examples}
        if ws.event_header:
            entry["headers"] = {ws.event_header: w.name}
        out[w.name] = entry
    return out


def write_samples(api, loader, path, spec_path):
    # Members that are files wherever their schema is used: those of multipart bodies whose struct
    # is the schema's own. A multipart body with a struct of its own (files.py) has files only in
    # its own sample; everywhere else, JSON included, the schema holds its bytes as strings.
    shared = [op for op in api.operations if not (op.body is not None and op.body.kind == "object"
                                                  and op.body.target.multipart_of is not None)]
    files = frozenset(key for op in shared for key in op.file_locations)
    file_lists = frozenset(key for op in shared for key in op.file_list_locations)
    maker = SampleMaker(loader, files, file_lists)
    out = {}
    for op in api.operations:
        own = SampleMaker(loader, files | set(op.file_locations), file_lists | set(op.file_list_locations))
        params = {}
        for prm in op.param_list:
            if prm.schema is not None and (prm.field.required or prm.location != "header"):
                v = maker.value(*prm.schema)
                if v is not _Skip:
                    params[prm.field.json_name] = v
        entry = {"params": params}
        if op.unsendable_security:
            entry["skip"] = f"needs {', '.join(op.unsendable_security)}, which cannot be sent as the spec defines it"
        if op.body_kind == "bytes":
            entry["body"] = dict(FILE_SAMPLE)
        elif op.body_kind == "text":
            entry["body"] = "sample"
        elif op.body is not None and op.body_schema is not None:
            body = own.value(*op.body_schema)
            if body is not _Skip:
                entry["body"] = body
        out[f"{api.prefix}_{op.c_name}"] = entry
    # Schema samples, by schema name: the round-trip tests parse, serialise and parse them again.
    out["schemas"] = _schema_samples(api, maker, spec_path)
    if api.events is not None:
        # Registry examples, by type name: the tests send every one of them.
        out["events"] = {t.name: t.example for t in api.events.types}
    if api.webhooks is not None:
        out["webhooks"] = _webhook_samples(api.webhooks)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, indent=1, sort_keys=True, ensure_ascii=False)
        fh.write("\n")
    return len(out)
