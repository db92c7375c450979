"""Event registries (docs/event-registry.md) -> EventRegistry IR.

Every entry is checked before anything is converted, and each problem names the entry by
its file and JSON pointer. Data schemas then go through the ordinary SchemaConverter, so an
event's data struct is described, encoded and validated like any other model.
"""
import os
import re

from . import docs
from .errors import SpecError
from .ir import EventRegistry, EventType
from .loader import Location
from .names import c_ident
from .registry_checks import check_instance, check_keys, check_schema

TYPE_NAME = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$")
ENTITY_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
IDENTITY_KEYS = {"customer": "APIC_IDENTITY_CUSTOMER", "customer.id": "APIC_IDENTITY_CUSTOMER_ID",
                 "customer.email": "APIC_IDENTITY_CUSTOMER_EMAIL", "customer.phone": "APIC_IDENTITY_CUSTOMER_PHONE",
                 "entity": "APIC_IDENTITY_ENTITY"}
INDEX_KEYS = {"registry", "format", "max_event_bytes", "include"}
DOMAIN_KEYS = {"domain", "description", "events"}
ENTRY_KEYS = {"type", "version", "description", "identity", "entity", "data", "example", "deprecated"}
MAX_EVENT_TYPES = 65535  # the registry's sorted index is an array of unsigned short


def load_registry(path, loader, converter):
    """Reads and checks the registry at path, converts its data schemas; returns an EventRegistry."""
    root = loader.load(path)
    loc = Location(os.path.abspath(path), "")
    check_keys(root, loc, INDEX_KEYS, "an event registry")
    if not isinstance(root.get("registry"), str) or not root["registry"].strip():
        raise SpecError(str(loc.child("registry")), "registry must name the registry (a string)")
    if root.get("format") != 1:
        raise SpecError(str(loc.child("format")), f"format must be 1 (this generator's registry format), found {root.get('format')!r}")
    max_bytes = root.get("max_event_bytes", 32768)
    if not isinstance(max_bytes, int) or isinstance(max_bytes, bool) or max_bytes < 256:
        raise SpecError(str(loc.child("max_event_bytes")), "max_event_bytes must be an integer of at least 256")
    includes = root.get("include")
    if not isinstance(includes, list) or not includes or not all(isinstance(i, str) for i in includes):
        raise SpecError(str(loc.child("include")), "include must be a non-empty list of domain file paths")
    entries = []
    for i, rel in enumerate(includes):
        file = os.path.normpath(os.path.join(os.path.dirname(loc.file), rel))
        try:
            domain = loader.load(file)
        except SpecError as exc:
            raise SpecError(str(loc.child("include", i)), exc.message) from None
        entries.extend(_domain_entries(domain, Location(file, "")))
    if len(entries) > MAX_EVENT_TYPES:
        raise SpecError(str(loc), f"{len(entries)} event types; at most {MAX_EVENT_TYPES} are supported")
    types = _check_unique([(_check_entry(e, eloc), eloc) for e, eloc in entries])
    for t in types:
        t.data, _ = converter.convert(t.data_node, t.where_loc.child("data"), c_ident(t.name) + "_data")
        if t.data.kind == "object" and not t.data.target.doc and t.data.target.title == c_ident(t.name) + "_data":
            t.data.target.doc = [f"The data of a `{t.name}` event (version {t.version})."]
    return EventRegistry(title=root["registry"], max_event_bytes=max_bytes, types=types)


def _domain_entries(domain, loc):
    check_keys(domain, loc, DOMAIN_KEYS, "an event domain file")
    for key in ("domain", "description"):
        if not isinstance(domain.get(key), str) or not domain[key].strip():
            raise SpecError(str(loc.child(key)), f"{key} must be a non-empty string")
    events = domain.get("events")
    if not isinstance(events, list) or not events:
        raise SpecError(str(loc.child("events")), "events must be a non-empty list of event types")
    return [(e, loc.child("events", i)) for i, e in enumerate(events)]


def _check_entry(e, loc):
    check_keys(e, loc, ENTRY_KEYS, "an event type")
    name = e.get("type")
    if not isinstance(name, str) or not TYPE_NAME.match(name):
        raise SpecError(str(loc.child("type")), f"event type name {name!r} is malformed: expected entity.action, "
                        "lower-case words of a-z, 0-9 and _, separated by dots")
    where = f"{loc} ({name})"
    for key in ("version", "description", "identity", "data", "example"):
        if key not in e:
            raise SpecError(where, f"'{key}' is missing")
    version = e["version"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SpecError(f"{loc.child('version')} ({name})", "version must be an integer of at least 1")
    if not isinstance(e["description"], str) or not e["description"].strip():
        raise SpecError(f"{loc.child('description')} ({name})", "description must be a non-empty string")
    identity = e["identity"]
    if not isinstance(identity, list) or not identity:
        raise SpecError(f"{loc.child('identity')} ({name})", "identity must be a non-empty list of identity keys")
    for i, key in enumerate(identity):
        if key not in IDENTITY_KEYS:
            raise SpecError(f"{loc.child('identity', i)} ({name})",
                            f"unknown identity key {key!r} (known: {', '.join(IDENTITY_KEYS)})")
    entity = e.get("entity")
    if ("entity" in identity) != (entity is not None):
        raise SpecError(f"{loc.child('entity')} ({name})", "'entity' (the entity type) goes with the identity key "
                        "'entity', and only with it")
    if entity is not None and (not isinstance(entity, str) or not ENTITY_NAME.match(entity)):
        raise SpecError(f"{loc.child('entity')} ({name})", f"entity {entity!r} must be a lower-case word")
    if "deprecated" in e and not isinstance(e["deprecated"], bool):
        raise SpecError(f"{loc.child('deprecated')} ({name})", "deprecated must be true or false")
    data = e["data"]
    check_schema(data, loc.child("data"), name, top=True)
    example = e["example"]
    check_keys(example, loc.child("example"), {"identity", "data"}, "an example")
    for key in ("identity", "data"):
        if key not in example:
            raise SpecError(f"{loc.child('example')} ({name})", f"the example has no '{key}'")
    _check_example_identity(example["identity"], identity, loc.child("example", "identity"), name)
    check_instance(example["data"], data, loc.child("example", "data"), name)
    return EventType(name=name, const=name.replace(".", "_").upper(), c_name=c_ident(name), version=version,
                     doc=docs.wrap(e["description"]), identity=[IDENTITY_KEYS[k] for k in identity],
                     identity_keys=list(identity), entity=entity, data_node=data, example=example,
                     deprecated=e.get("deprecated") is True, where=str(loc), where_loc=loc)


def _check_unique(pairs):
    first_at, consts = {}, {}
    for t, loc in pairs:
        if t.name in first_at:
            raise SpecError(f"{loc.child('type')}", f"event type '{t.name}' is defined twice (first at {first_at[t.name]})")
        if t.const in consts:
            raise SpecError(f"{loc.child('type')}", f"event types '{consts[t.const]}' and '{t.name}' would have the "
                            f"same C constant ..._{t.const}")
        first_at[t.name] = str(loc)
        consts[t.const] = t.name
    return [t for t, _ in pairs]


def _check_example_identity(ident, required, loc, name):
    check_keys(ident, loc, {"customer", "entity"}, "an example identity")
    customer = ident.get("customer") or {}
    entity = ident.get("entity") or {}
    check_keys(customer, loc.child("customer"), {"id", "email", "phone"}, "identity.customer")
    check_keys(entity, loc.child("entity"), {"id"}, "identity.entity (its type comes from the entry)")
    have = {f"customer.{k}" for k in customer} | ({"entity"} if "id" in entity else set())
    if customer:
        have.add("customer")
    for key in required:
        if key not in have:
            raise SpecError(f"{loc} ({name})", f"the example's identity lacks '{key}'")
