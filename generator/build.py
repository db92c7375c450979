"""Document -> Api: checks the version, converts components and operations in document order."""
import os
import re

from . import docs
from .errors import Diagnostics, SpecError
from .events import load_registry
from .ir import Api
from .loader import Loader, Location, escape_token
from .names import Namespace
from .operations import OperationBuilder
from .overlays import apply_overlays
from .servers import server_url
from .swagger2 import is_swagger, upgrade
from .pusher import PUSHER_NAMES, load_pusher
from .schemas import SchemaConverter
from .topics import TOPIC_NAMES, load_topics
from .webhooks import WEBHOOK_NAMES, has_webhooks, load_webhooks

# Names the generated client API itself uses (prefix_client, prefix_config, ...).
CLIENT_NAMES = ("client", "client_new", "client_free", "config", "error", "error_clear", "default_base_url",
                "version", "event_type", "event_type_name", "event_type_from_name", "event_registry",
                "event_identity", "event_options", "events_send", "events_send_named", "max_event_bytes",
                "dead_letter_replay", "schemas", "schema_count", "unions", "union_count", "operations",
                "operation_count")

# Names of the event queue's functions and types, when the registry has a batch operation.
QUEUE_NAMES = ("events_enqueue", "events_enqueue_named", "events_queue_start", "events_flush", "events_queue_close",
               "events_queue_stats", "queue_config", "queue_stats")


def build_api(spec_path, prefix, title=None, version=None, events=None, topics=None, webhooks=None, pusher=None,
              overlays=()):
    """events: {registry: path, operation: operationId, source_header: name} (sdk.yaml `events`), or None;
    topics: sdk.yaml `topics` as topics.topics_config() checked it, or None; webhooks: sdk.yaml
    `webhooks` as webhooks.webhooks_config() checked it, or None; pusher: sdk.yaml `pusher` as
    pusher.pusher_config() checked it, or None; overlays: overlay files applied in order to the
    document before anything reads it. A Swagger 2.0 document is upgraded to OpenAPI 3.0 after its
    overlays (swagger2.py); messages about it name places in the 2.0 file."""
    loader = Loader()
    root = apply_overlays(loader, spec_path, overlays) if overlays else loader.load(spec_path)
    root_loc = Location(os.path.abspath(spec_path), "")
    if not is_swagger(root):
        return _build(loader, root, root_loc, Diagnostics(), prefix, title, version, events, topics, webhooks, pusher)
    # Overlays came first: they were written against the 2.0 document's own places.
    upgraded = upgrade(root, root_loc, loader)
    loader.replace(spec_path, upgraded.document)
    diags = Diagnostics(place=upgraded.place)
    diags.warnings.extend(upgraded.warnings)
    try:
        api = _build(loader, upgraded.document, root_loc, diags, prefix, title, version, events, topics, webhooks,
                     pusher)
    except SpecError as exc:
        raise SpecError(upgraded.place(exc.where), exc.message) from None
    api.upgraded_from = "Swagger 2.0"
    return api


def _build(loader, root, root_loc, diags, prefix, title, version, events, topics, webhooks, pusher):
    _check_document(root, root_loc)
    queue = QUEUE_NAMES if (events or {}).get("batch_operation") else ()
    reserved = CLIENT_NAMES + (TOPIC_NAMES if topics else ()) + queue + (WEBHOOK_NAMES if has_webhooks(root) else ()) \
        + (PUSHER_NAMES if pusher else ())
    names = Namespace(reserved)
    converter = SchemaConverter(loader, diags, names, reserved)
    schemas = (root.get("components") or {}).get("schemas") or {}
    if not isinstance(schemas, dict):
        raise SpecError(str(root_loc.child("components", "schemas")), "components/schemas must be an object")
    for name in schemas:
        converter.convert({"$ref": "#/components/schemas/" + escape_token(name)}, root_loc, name)
    ops_builder = OperationBuilder(loader, diags, names, converter, root, root_loc)
    operations = ops_builder.build_all()
    registry = _events(events, loader, converter, operations) if events else None
    topic_set = load_topics(topics, loader, converter, names, operations) if topics else None
    webhook_set = load_webhooks(root, root_loc, loader, converter, diags, webhooks, prefix)
    binding = load_pusher(pusher, operations, ops_builder.schemes) if pusher else None
    data = [t.data for t in (registry.types if registry else []) + (topic_set.topics if topic_set else [])]
    ops_builder.files.settle(operations, data)
    info = root.get("info") or {}
    return Api(prefix=prefix, title=title or str(info.get("title", prefix)),
               version=version or str(info.get("version", "0")),
               description=docs.wrap(info["description"]) if isinstance(info.get("description"), str) else [],
               base_url=_base_url(root), idempotency_header=_idempotency_header(root, root_loc),
               structs=converter.structs, enums=converter.enums,
               operations=operations, security_schemes=list(ops_builder.schemes.values()),
               warnings=diags.warnings, namespace=names, loader=loader, events=registry, topics=topic_set,
               unions=converter.unions, webhooks=webhook_set, pusher=binding)


def _events(cfg, loader, converter, operations):
    """The registry, its ingest operation and the structs and enums its data schemas made."""
    first_struct, first_enum = len(converter.structs), len(converter.enums)
    registry = load_registry(cfg["registry"], loader, converter)
    registry.structs = converter.structs[first_struct:]
    registry.enums = converter.enums[first_enum:]
    registry.source_header = cfg.get("source_header")
    registry.ingest = next((op for op in operations if op.operation_id == cfg["operation"]), None)
    where = f"{cfg['config']}#/events/operation"
    if registry.ingest is None:
        raise SpecError(where, f"no operation has operationId '{cfg['operation']}'")
    if registry.ingest.method != "POST" or registry.ingest.body is None or registry.ingest.params:
        raise SpecError(where, f"'{cfg['operation']}' must be a POST with a request body and no parameters: "
                        "events are posted as their envelope")
    if registry.ingest.result is None or registry.ingest.result.kind != "object":
        raise SpecError(where, f"'{cfg['operation']}' must answer an object (the receipt)")
    if cfg.get("batch_operation"):
        registry.batch, registry.max_batch_events = _batch_operation(cfg, loader, operations)
    return registry


def _array_member(typeref, name):
    """The field `name` of an object type when it is an array (the runtime sends and reads its
    items as raw JSON, whatever the spec says they are), else None."""
    if typeref is None or typeref.kind != "object":
        return None
    f = next((f for f in typeref.target.fields if f.json_name == name), None)
    return f if f is not None and f.type.kind == "array" else None


def _batch_operation(cfg, loader, operations):
    """sdk.yaml `events.batch_operation`: a POST taking {"events": [envelope, ...]} and answering
    {"receipts": [receipt, ...]} (the runtime's batch convention, apic/events.h). Returns the
    operation and the most events a batch takes (the events array's maxItems, 0 when unset)."""
    where = f"{cfg['config']}#/events/batch_operation"
    name = cfg["batch_operation"]
    op = next((op for op in operations if op.operation_id == name), None)
    if op is None:
        raise SpecError(where, f"no operation has operationId '{name}'")
    if op.method != "POST" or op.params:
        raise SpecError(where, f"'{name}' must be a POST without parameters: batches of events are its body")
    if _array_member(op.body, "events") is None:
        raise SpecError(where, f"'{name}' must take an object whose member 'events' is an array of event envelopes, "
                        '{"events": [...]}')
    if _array_member(op.result, "receipts") is None:
        raise SpecError(where, f"'{name}' must answer an object whose member 'receipts' is an array of receipts "
                        '(one per event), {"receipts": [...]}')
    node, loc = loader.resolve(*op.body_schema)
    events, _ = loader.resolve((node.get("properties") or {}).get("events"), loc.child("properties", "events"))
    most = events.get("maxItems", 0) if isinstance(events, dict) else 0
    if not isinstance(most, int) or isinstance(most, bool) or most < 0:
        raise SpecError(str(loc.child("properties", "events", "maxItems")), "maxItems must be a non-negative integer")
    return op, most


def _check_document(root, loc):
    if not isinstance(root, dict):
        raise SpecError(str(loc), "the document must be an object")
    version = root.get("openapi")
    if not isinstance(version, str) or not re.fullmatch(r"3\.[01]\.\d+(-.+)?", version):
        raise SpecError(str(loc.child("openapi")), f"expected an OpenAPI version 3.0.x or 3.1.x, found {version!r}")
    if "paths" not in root and "webhooks" not in root and "components" not in root:
        raise SpecError(str(loc), "the document has no paths, webhooks or components")


def _idempotency_header(root, loc):
    """`x-apic-idempotency-header: <name>` at the top of the document names the header that
    carries idempotency keys; without it the runtime sends `Idempotency-Key`."""
    name = root.get("x-apic-idempotency-header")
    if name is None:
        return None
    if not isinstance(name, str) or not re.fullmatch(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", name):
        raise SpecError(str(loc.child("x-apic-idempotency-header")), f"{name!r} is not a header name")
    return name


def _base_url(root):
    servers = root.get("servers")
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], dict):
        return ""
    return server_url(servers[0])
