"""sdk.yaml `cache:` -> the reads an SDK answers from its client's cache (apic/cache.h).

    cache:
      checkFlag:                    # an operationId
        key: [key, company, user]   # parameters and body members whose values form the key
        max_entries: 1000           # optional: APIC_CACHE_DEFAULT_MAX_ENTRIES
        ttl_ms: 5000                # optional: APIC_CACHE_DEFAULT_TTL_MS

The generated client constructor turns each cache on (apic_client_cache_op); config.cache
resizes them all or turns them off. A key must name what varies between calls, or every call
would get the first one's answer: each name is checked against the operation's parameters and
its body's members here, where the mistake can be named.
"""
from dataclasses import dataclass, field
from typing import List

from .errors import SpecError
from .ir import Operation

KEYS = ("key", "max_entries", "ttl_ms")


@dataclass(eq=False)
class CachedOp:
    op: Operation
    key: List[str] = field(default_factory=list)
    max_entries: int = 0   # 0: the runtime's default
    ttl_ms: int = 0


def cache_config(node, path):
    """`cache:` of sdk.yaml, checked for its shape; every problem names its key."""
    where = f"{path}#/cache"
    if not isinstance(node, dict) or not node:
        raise SpecError(where, "cache must map operationIds to {key: [...], max_entries, ttl_ms}")
    out = {}
    for op_id, entry in node.items():
        at = f"{where}/{op_id}"
        if not isinstance(entry, dict):
            raise SpecError(at, "must be a mapping with key (a list of parameter and body member names)")
        unknown = sorted(set(entry) - set(KEYS), key=str)
        if unknown:
            raise SpecError(f"{at}/{unknown[0]}", f"unknown key '{unknown[0]}' (known: {', '.join(KEYS)})")
        key = entry.get("key")
        if not isinstance(key, list) or not key or not all(isinstance(k, str) and k for k in key):
            raise SpecError(f"{at}/key", "key is required: a list of the parameters and body members whose values "
                            "tell one call's answer from another's")
        for name in ("max_entries", "ttl_ms"):
            value = entry.get(name, 0)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0 or value >= 2 ** 31:
                raise SpecError(f"{at}/{name}", f"{name} must be a positive whole number below 2^31")
        out[str(op_id)] = dict(entry, where=at)
    return out


def load_caches(cfg, operations):
    """The cached operations, in the order sdk.yaml lists them, each key name checked."""
    cached = []
    for op_id, entry in (cfg or {}).items():
        op = next((o for o in operations if o.operation_id == op_id), None)
        if op is None:
            raise SpecError(entry["where"], f"no operation has operationId '{op_id}'")
        if op.events:
            raise SpecError(entry["where"], f"'{op_id}' answers with an event stream, which is not kept")
        known = _value_names(op)
        for i, name in enumerate(entry["key"]):
            if name not in known:
                raise SpecError(f"{entry['where']}/key/{i}", f"'{name}' is neither a parameter nor a body member of "
                                f"'{op_id}' (it has: {', '.join(sorted(known)) or 'none'})")
        cached.append(CachedOp(op, list(entry["key"]), entry.get("max_entries", 0), entry.get("ttl_ms", 0)))
    return cached


def _value_names(op):
    names = {prm.field.json_name for prm in op.param_list}
    if op.body is not None and op.body.kind == "object" and op.body_kind == "json":
        names |= {f.json_name for f in op.body.target.fields}
    return names
