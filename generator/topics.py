"""Topic definitions (docs/topics.md) -> TopicSet: the topics a session publishes, and how.

Every entry is checked before anything is converted, and each problem names the entry by its
file and JSON pointer. Data schemas use the event registry's subset and checks, then go through
the ordinary SchemaConverter, like event data. The sdk.yaml `topics:` section names the
operations that publish one event and a batch; their request bodies must hold what the SDK
sends, so that the spec, the SDK and the server agree.
"""
import json
import os
import re
from dataclasses import dataclass, field as dc_field
from typing import List, Optional

from . import docs
from .errors import SpecError
from .loader import Location
from .names import snake
from .registry_checks import check_instance, check_keys, check_schema

# Names the generated session API itself uses (new_session is a static helper), reserved when an SDK has topics.
TOPIC_NAMES = ("session", "user_session", "service_session", "new_session", "session_def", "session_publish",
               "session_flush", "session_discard", "session_pending", "session_free", "topic", "topic_registry",
               "topic_from_names")
CONFIG_KEYS = ("definitions", "publish", "publish_batch", "job_id_header")
INDEX_KEYS = {"title", "format", "topics"}
ENTRY_KEYS = {"category", "entity", "action", "description", "data", "example", "deprecated"}
CATEGORY = re.compile(r"^[a-z][a-z0-9_]*$")
ENTITY = re.compile(r"^[A-Z][a-z0-9]*(?:[A-Z][a-z0-9]*)*$")
ACTION = re.compile(r"^[A-Z][a-z]+$")
# Past tenses that do not end in -ed; a regular one always does.
IRREGULAR_PAST = frozenset("""
Begun Bound Bought Broken Brought Built Caught Chosen Cut Dealt Done Drawn Driven Fallen Forgiven Forgotten
Found Frozen Given Got Held Hidden Hit Kept Left Lent Let Lost Made Met Paid Put Quit Read Rebuilt Reset
Rewritten Run Seen Sent Set Shed Shown Shut Sold Spent Split Spoken Spun Stolen Struck Taken Taught Thrown
Told Torn Undone Withdrawn Won Written
""".split())
# What each event carries: the topic's own members, then the session's context (see docs/topics.md).
EVENT_MEMBERS = ("id", "category", "entity", "action", "occurred_at", "data")
CONTEXT_MEMBERS = ("service_name", "user_id", "job_id")
MAX_TOPICS = 65535  # the sorted index is an array of unsigned short


@dataclass(eq=False)
class Topic:
    category: str
    entity: str          # "PolicyHolder"
    action: str          # "Created"
    c_name: str          # "policy_holder_created": names the constant and the data struct
    const: str           # "POLICY_HOLDER_CREATED": the constant is <PREFIX>_TOPIC_<const>
    doc: List[str]
    data_node: object
    example: object      # the data, valid against data_node
    deprecated: bool
    where_loc: Location
    data: object = None          # TypeRef of the converted data struct
    action_first: str = ""       # "session_created_policy_holder" (claimed, without the prefix)
    entity_first: str = ""       # "session_policy_holder_created"


@dataclass(eq=False)
class TopicSet:
    title: str
    topics: List[Topic]
    by_name: List[int]           # indexes of topics sorted by (entity, action), byte order
    publish: object              # Operation sending one event
    publish_batch: Optional[object]   # Operation sending a batch, or None
    batch_open: str = "["        # batch body framing around the events joined by commas
    batch_close: str = "]"
    max_batch: int = 0           # maxItems of the batch's array; 0 = none
    job_id_header: Optional[str] = None
    structs: list = dc_field(default_factory=list)   # data structs and their nested types
    enums: list = dc_field(default_factory=list)


def topics_config(node, path):
    """`topics: {definitions, publish, publish_batch, job_id_header}` of sdk.yaml, checked."""
    where = f"{path}#/topics"
    if not isinstance(node, dict):
        raise SpecError(where, "topics must be a mapping with definitions and publish")
    unknown = sorted(set(node) - set(CONFIG_KEYS), key=str)
    if unknown:
        raise SpecError(f"{where}/{unknown[0]}", f"unknown key '{unknown[0]}' (known: {', '.join(CONFIG_KEYS)})")
    for key in ("definitions", "publish"):
        if not isinstance(node.get(key), str) or not node[key]:
            raise SpecError(f"{where}/{key}", f"{key} is required (a string)")
    for key in ("publish_batch", "job_id_header"):
        if key in node and (not isinstance(node[key], str) or not node[key]):
            raise SpecError(f"{where}/{key}", f"{key} must be a non-empty string")
    if "job_id_header" in node and not re.fullmatch(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", node["job_id_header"]):
        raise SpecError(f"{where}/job_id_header", f"{node['job_id_header']!r} is not a header name")
    return dict(node, definitions=os.path.join(os.path.dirname(path), node["definitions"]), where=where)


def load_topics(cfg, loader, converter, names, operations):
    """Reads and checks the definitions and the publish operations; converts the data schemas."""
    path = cfg["definitions"]
    root = loader.load(path)
    loc = Location(os.path.abspath(path), "")
    check_keys(root, loc, INDEX_KEYS, "a topic definitions file")
    if not isinstance(root.get("title"), str) or not root["title"].strip():
        raise SpecError(str(loc.child("title")), "title must name the topic definitions (a string)")
    if root.get("format") != 1:
        raise SpecError(str(loc.child("format")), f"format must be 1 (this generator's topics format), "
                        f"found {root.get('format')!r}")
    entries = root.get("topics")
    if not isinstance(entries, list) or not entries:
        raise SpecError(str(loc.child("topics")), "topics must be a non-empty list of topics")
    if len(entries) > MAX_TOPICS:
        raise SpecError(str(loc.child("topics")), f"{len(entries)} topics; at most {MAX_TOPICS} are supported")
    topics = [_check_entry(e, loc.child("topics", i)) for i, e in enumerate(entries)]
    _check_unique(topics)
    first_struct, first_enum = len(converter.structs), len(converter.enums)
    for t in topics:
        t.data, _ = converter.convert(t.data_node, t.where_loc.child("data"), t.c_name + "_data")
        if t.data.kind == "object" and not t.data.target.doc and t.data.target.title == t.c_name + "_data":
            t.data.target.doc = [f"The data of a `{t.entity}` `{t.action}` event."]
        t.action_first = names.claim(f"session_{snake(t.action)}_{snake(t.entity)}")
        t.entity_first = names.claim(f"session_{t.c_name}")
    result = TopicSet(title=root["title"], topics=topics,
                      by_name=sorted(range(len(topics)), key=lambda i: (topics[i].entity.encode(),
                                                                          topics[i].action.encode())),
                      publish=_operation(cfg, "publish", operations), publish_batch=None,
                      job_id_header=cfg.get("job_id_header"),
                      structs=converter.structs[first_struct:], enums=converter.enums[first_enum:])
    _check_event(result, cfg)
    if "publish_batch" in cfg:
        _check_batch(result, cfg, loader, operations)
    return result


def _check_entry(e, loc):
    check_keys(e, loc, ENTRY_KEYS, "a topic")
    for key in ("entity", "action"):
        if key not in e:
            raise SpecError(str(loc), f"'{key}' is missing")
    entity, action = e["entity"], e["action"]
    if not isinstance(entity, str) or not ENTITY.match(entity):
        raise SpecError(str(loc.child("entity")), f"entity {entity!r} must be a name in UpperCamelCase, "
                        "letters and digits (Policy, PolicyHolder)")
    if not isinstance(action, str) or not ACTION.match(action):
        raise SpecError(str(loc.child("action")), f"action {action!r} must be one capitalised word, a past-tense "
                        "verb (Created, Cancelled, Paid)")
    if not action.endswith("ed") and action not in IRREGULAR_PAST:
        raise SpecError(str(loc.child("action")), f"action {action!r} is not a past-tense verb: an action says what "
                        "happened (Created, not Create; irregular verbs such as Paid or Sent are known)")
    name = f"{entity} {action}"
    for key in ("category", "description", "data", "example"):
        if key not in e:
            raise SpecError(f"{loc} ({name})", f"'{key}' is missing")
    if not isinstance(e["category"], str) or not CATEGORY.match(e["category"]):
        raise SpecError(f"{loc.child('category')} ({name})", f"category {e['category']!r} must be a lower-case word "
                        "of a-z, 0-9 and _ (policies)")
    if not isinstance(e["description"], str) or not e["description"].strip():
        raise SpecError(f"{loc.child('description')} ({name})", "description must be a non-empty string")
    if "deprecated" in e and not isinstance(e["deprecated"], bool):
        raise SpecError(f"{loc.child('deprecated')} ({name})", "deprecated must be true or false")
    check_schema(e["data"], loc.child("data"), name, top=True)
    check_instance(e["example"], e["data"], loc.child("example"), name)
    c_name = f"{snake(entity)}_{snake(action)}"
    return Topic(category=e["category"], entity=entity, action=action, c_name=c_name, const=c_name.upper(),
                 doc=docs.wrap(e["description"]), data_node=e["data"], example=e["example"],
                 deprecated=e.get("deprecated") is True, where_loc=loc)


def _check_unique(topics):
    """One topic per (entity, action), and names that stay apart in C in both word orders."""
    first_at, shortcuts = {}, {}
    for t in topics:
        key = (t.entity, t.action)
        if key in first_at:
            raise SpecError(str(t.where_loc), f"topic {t.entity} {t.action} is defined twice (first at {first_at[key]})")
        first_at[key] = str(t.where_loc)
        for name in dict.fromkeys((f"{snake(t.action)}_{snake(t.entity)}", t.c_name)):  # in order, once each
            other = shortcuts.get(name)
            if other is not None:
                raise SpecError(str(t.where_loc), f"topics {other.entity} {other.action} and {t.entity} {t.action} "
                                f"would both have the shortcut ..._session_{name}")
            shortcuts[name] = t


def _operation(cfg, key, operations):
    op_id = cfg[key]
    op = next((o for o in operations if o.operation_id == op_id), None)
    where = f"{cfg['where']}/{key}"
    if op is None:
        raise SpecError(where, f"no operation has operationId '{op_id}'")
    if op.method != "POST" or op.body is None:
        raise SpecError(where, f"'{op_id}' must be a POST with a request body: it sends the events")
    required = [f.json_name for f in (op.params.fields if op.params else []) if f.required]
    if required:
        raise SpecError(where, f"'{op_id}' has the required parameter '{required[0]}'; a session sends only "
                        "its context (job_id_header) besides the body")
    if cfg.get("job_id_header") and not any(p.location == "header" and p.field.json_name.lower()
                                            == cfg["job_id_header"].lower() for p in op.param_list):
        raise SpecError(f"{cfg['where']}/job_id_header", f"'{op_id}' declares no header parameter "
                        f"'{cfg['job_id_header']}': declare it, so that the spec says what is sent")
    return op


def _check_event(ts, cfg):
    """The single event's body holds every member the SDK sends."""
    event = ts.publish.body
    if event.kind != "object":
        raise SpecError(f"{cfg['where']}/publish", f"'{cfg['publish']}' must take a JSON object (the event) as its body")
    members = {f.json_name for f in event.target.fields}
    missing = [m for m in EVENT_MEMBERS + CONTEXT_MEMBERS if m not in members]
    if missing:
        raise SpecError(f"{cfg['where']}/publish", f"the body of '{cfg['publish']}' ({event.target.title}) lacks "
                        f"what the SDK sends: {', '.join(missing)} (see docs/topics.md)")


def _check_batch(ts, cfg, loader, operations):
    """The batch body: an array of the single event's schema, bare or as the one member of an
    object; its framing and maxItems become the session's batch limits."""
    op = _operation(cfg, "publish_batch", operations)
    where = f"{cfg['where']}/publish_batch"
    event = ts.publish.body.target
    node, loc = loader.resolve(*op.body_schema)

    def of_events(t):
        return t.kind == "array" and t.elem.kind == "object" and t.elem.target is event

    if of_events(op.body):
        array_node = node
    elif op.body.kind == "object":
        arrays = [f for f in op.body.target.fields if of_events(f.type)]
        others = [f.json_name for f in op.body.target.fields if f.required and f not in arrays]
        if len(arrays) != 1 or others:
            raise SpecError(where, f"the body of '{cfg['publish_batch']}' must be an array of {event.title}, or an "
                            f"object whose only required member is one (found {len(arrays)} such arrays"
                            + (f", and the required {', '.join(others)}" if others else "") + ")")
        member = arrays[0].json_name
        ts.batch_open, ts.batch_close = "{" + json.dumps(member) + ":[", "]}"
        prop = (node.get("properties") or {}).get(member) if isinstance(node, dict) else None
        array_node = loader.resolve(prop, loc.child("properties", member))[0] if prop is not None else {}
    else:
        raise SpecError(where, f"the body of '{cfg['publish_batch']}' must be an array of {event.title}, or an object "
                        "holding one")
    max_items = array_node.get("maxItems") if isinstance(array_node, dict) else None
    ts.max_batch = max_items if isinstance(max_items, int) and not isinstance(max_items, bool) and max_items > 0 else 0
    ts.publish_batch = op


def constant_doc(t):
    """The comment of a topic's constant."""
    lines = docs.lead(f"`{t.entity}` `{t.action}` (category `{t.category}`):", t.doc)
    if t.deprecated:
        lines.append("@deprecated the topic definitions mark this topic deprecated")
    return lines


def shortcut_doc(t, p, data_c_type):
    """The comment of a topic's typed publish function (the action-first spelling)."""
    lines = [f"Publishes a `{t.entity}` `{t.action}` event (category `{t.category}`) in a session.", ""]
    lines += list(t.doc) + ["", f"{p}_{t.entity_first}() is the same function with the words in the other order.", ""]
    lines.append(f"@param session a session from {p}_user_session() or {p}_service_session()")
    lines.append(f"@param data the event's data (see {data_c_type}); required, borrowed")
    lines.append(f"@param err receives details on failure (may be NULL); release with {p}_error_clear()")
    lines += docs.reflow("@return 0 (held until the session is flushed, or sent at once in a session made with "
                       f"{p.upper()}_PUBLISH_IMMEDIATELY); APIC_E_VALIDATION (nothing held or sent, err names the "
                       "field), or in immediate mode the errors of a call")
    lines += ["", "Example data:", "@code", docs.code_block(json.dumps(t.example, ensure_ascii=False)), "@endcode"]
    if t.deprecated:
        lines.append("@deprecated the topic definitions mark this topic deprecated")
    return lines
