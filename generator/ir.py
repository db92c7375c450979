"""The intermediate model: what the templates print. Every decision is made before rendering."""
from dataclasses import dataclass, field as dc_field
from typing import List, Optional

PRIMITIVE_KINDS = ("bool", "int32", "int64", "float", "double", "string", "any")
POINTER_KINDS = ("string", "any", "object")


@dataclass(frozen=True, eq=False)
class TypeRef:
    """A use of a type. target is a StructType, EnumType or UnionType; elem is the array element or map value."""
    kind: str
    format: Optional[str] = None
    target: object = None
    elem: Optional["TypeRef"] = None

    def same(self, other):
        return (self.kind == other.kind and self.format == other.format and self.target is other.target
                and ((self.elem is None and other.elem is None)
                     or (self.elem is not None and other.elem is not None and self.elem.same(other.elem))))


@dataclass(eq=False)
class EnumType:
    name: str            # C base name (no prefix), unique
    title: str           # name in the spec, for errors and docs
    values: List[str]
    constants: List[str]  # C constant names, parallel to values
    doc: List[str]
    where: str
    unknown: str = "UNKNOWN_VALUE"  # C constant name of value 0 (a text this SDK does not know)


@dataclass(eq=False)
class Field:
    json_name: str
    c_name: str
    type: TypeRef
    required: bool
    nullable: bool
    read_only: bool = False
    write_only: bool = False
    pii: bool = False
    doc: List[str] = dc_field(default_factory=list)
    has_flag: Optional[str] = None   # C member name of `bool has_<x>`, or None
    null_flag: Optional[str] = None  # C member name of `bool <x>_is_null`, or None


@dataclass(eq=False)
class StructType:
    name: str
    title: str
    doc: List[str]
    where: str
    fields: List[Field] = dc_field(default_factory=list)
    additional: Optional[TypeRef] = None   # typed additionalProperties map
    additional_member: Optional[str] = None
    unknown_member: str = "unknown_fields"
    example: object = None
    has_example: bool = False
    multipart_of: Optional["StructType"] = None   # on a multipart body's own struct: the schema's, used by JSON (files.py)


@dataclass(eq=False)
class Variant:
    """One alternative of a union."""
    member: str          # C member name in the union's `as`, unique within it
    const: str           # C constant of its kind without the SDK prefix, e.g. PET_CAT (claimed)
    type: TypeRef
    schema: str          # the $ref'd schema's name, or "" for an inline schema
    tags: List[str] = dc_field(default_factory=list)   # discriminator values that choose it


@dataclass(eq=False)
class UnionType:
    """A oneOf/anyOf: `kind` says which variant `as` holds; `other` keeps JSON none matched."""
    name: str
    title: str
    doc: List[str]
    where: str
    combiner: str        # oneOf or anyOf
    variants: List[Variant] = dc_field(default_factory=list)
    discriminator: Optional[str] = None   # JSON member whose value names the variant
    unknown_const: str = ""               # constant of kind 0, without the SDK prefix
    example: object = None
    has_example: bool = False


@dataclass(eq=False)
class Param:
    field: Field
    location: str      # path, query, header, cookie
    style: str
    explode: bool
    allow_reserved: bool
    schema: object = None   # (node, Location) of the schema in the spec, for sample requests


@dataclass(eq=False)
class Response:
    status: int        # exact code, 1..5 for nXX, 0 for default
    type: Optional[TypeRef]
    media: Optional[str]
    doc: str
    kind: str = "json"   # json, events, text or bytes: see media.response_kind()


@dataclass(eq=False)
class BodyField:
    """How one member of a form or multipart body is sent (the OpenAPI Encoding Object)."""
    style: str = "form"                 # forms: form, spaceDelimited, pipeDelimited, deepObject
    explode: bool = True
    allow_reserved: bool = False
    content_type: Optional[str] = None  # multipart: the parts' Content-Type; None = by value


@dataclass(eq=False)
class Operation:
    c_name: str        # full function name without the SDK prefix, e.g. contacts_list
    group: str
    method: str
    path: str
    summary: str
    doc: List[str]
    where: str
    params: Optional[StructType] = None
    param_list: List[Param] = dc_field(default_factory=list)
    body: Optional[TypeRef] = None
    body_media: Optional[str] = None
    body_required: bool = False
    body_doc: str = ""
    body_schema: object = None   # (node, Location) of the body schema, for sample requests
    body_kind: str = "json"      # json, form, multipart, text or bytes: see media.body_kind()
    body_fields: List[BodyField] = dc_field(default_factory=list)  # forms, multipart: parallel to the body's fields
    file_locations: List[tuple] = dc_field(default_factory=list)  # Location keys of schemas that became files
    file_list_locations: List[tuple] = dc_field(default_factory=list)  # ... that became arrays of files
    responses: List[Response] = dc_field(default_factory=list)
    result: Optional[TypeRef] = None
    result_doc: str = ""
    events: bool = False         # the success response is a text/event-stream, read event by event
    event_data: Optional[TypeRef] = None   # events: the named type of each event's data, for the documentation
    # An operation whose success response offers a text/event-stream beside its JSON has a
    # variant reading the stream: stream_variant, whose stream_of is the operation (it shares its
    # params struct and its tables) and whose stream_member names the body's boolean member
    # (`stream`) it sends as true, when the body has one.
    stream_variant: Optional["Operation"] = None
    stream_of: Optional["Operation"] = None
    stream_member: Optional[str] = None
    server: Optional[str] = None  # its own server (the spec's servers on it or its path), absolute
    pagination: object = None     # pagination.Pagination: the operation gets an iterator
    security: Optional[List[List[str]]] = None   # alternatives of scheme names; [] = none
    unsendable_security: List[str] = dc_field(default_factory=list)  # needed, but none of them can be sent
    undecoded: List[str] = dc_field(default_factory=list)  # success statuses whose body is left in err->body
    deprecated: bool = False
    operation_id: Optional[str] = None


@dataclass(eq=False)
class SecurityScheme:
    name: str          # name in the spec
    c_name: str
    kind: str          # bearer, basic, api_key, hmac, pusher
    location: Optional[str] = None
    param: Optional[str] = None
    hmac: Optional[dict] = None   # timestamp_header, prefix (kind hmac)
    doc: str = ""
    prefix: Optional[str] = None  # api_key: written before the key (x-apic-key-prefix)


@dataclass(eq=False)
class EventType:
    name: str            # "order.created"
    const: str           # "ORDER_CREATED": the constant is <PREFIX>_EVENT_<const>
    c_name: str          # "order_created": names the data struct and the send function
    version: int
    doc: List[str]
    identity: List[str]  # APIC_IDENTITY_* flags
    identity_keys: List[str]  # as written in the registry, for documentation
    entity: Optional[str]
    data_node: object    # the data schema as written
    example: object      # {identity, data}
    deprecated: bool
    where: str
    where_loc: object = None
    data: Optional[TypeRef] = None   # the converted data struct


@dataclass(eq=False)
class EventRegistry:
    title: str
    max_event_bytes: int
    types: List[EventType]
    source_header: Optional[str] = None
    ingest: Optional["Operation"] = None   # posts one envelope; its result is the receipt
    batch: Optional["Operation"] = None    # posts {"events": [envelope, ...]}; None = no queue functions
    max_batch_events: int = 0              # the batch's maxItems, 0 when the spec sets none
    structs: List[StructType] = dc_field(default_factory=list)   # data structs and their nested types
    enums: List[EnumType] = dc_field(default_factory=list)


@dataclass(eq=False)
class Webhook:
    """One entry of the spec's top-level `webhooks` (OpenAPI 3.1): a request the API sends."""
    name: str            # its key in `webhooks`, e.g. publishNewEvent
    summary: str         # one line, safe for Doxygen (docs.inline), or ""
    where: str
    variant: Variant     # its member of the webhook_event union
    media: Optional[str] = None   # the JSON media type of its payload, None without one
    schema: object = None         # (node, Location) of the payload schema, None without one
    examples: dict = dc_field(default_factory=dict)   # example name -> JSON payload (requestBody examples)
    deprecated: bool = False


@dataclass(eq=False)
class WebhookSet:
    """The webhooks an API sends: one union of their payloads (in document order), how the
    sender says which it posts, and how it signs (sdk.yaml `webhooks:`)."""
    union: UnionType
    webhooks: List[Webhook]
    event_header: Optional[str] = None    # the header naming the webhook (its key), or None
    event_member: Optional[str] = None    # the union's discriminator, or None
    detected: bool = False                # event_member was found in the payloads, not configured
    scheme_symbol: Optional[str] = None   # a predefined scheme of the runtime: APIC_WEBHOOK_STANDARD, ...
    scheme_name: Optional[str] = None     # its sdk.yaml name (standard-webhooks, ...), or "none"
    scheme: Optional[dict] = None         # a scheme sdk.yaml describes: apic_webhook_scheme members, C-ready


@dataclass(eq=False)
class Api:
    prefix: str
    title: str
    version: str
    description: List[str]
    base_url: str
    idempotency_header: Optional[str]
    structs: List[StructType]
    enums: List[EnumType]
    operations: List[Operation]
    security_schemes: List[SecurityScheme]
    warnings: List[str]
    namespace: object = None   # the Namespace of C names, shared with the C layer
    loader: object = None      # the Loader, for tools that read the spec again (samples)
    events: Optional[EventRegistry] = None   # its structs and enums are in structs and enums too
    topics: object = None   # a topics.TopicSet; its structs and enums are in structs and enums too
    unions: List[UnionType] = dc_field(default_factory=list)   # oneOf/anyOf types, in conversion order
    webhooks: Optional[WebhookSet] = None   # the spec's webhooks; its union is in unions too
    pusher: object = None   # a pusher.PusherBinding (sdk.yaml `pusher:`), or None
    caches: list = dc_field(default_factory=list)   # cache.CachedOp per operation sdk.yaml caches
    client_settings: dict = dc_field(default_factory=dict)   # sdk.yaml `client:` (client_settings.py)
    handwritten: object = None   # a handwritten.Handwritten (sdk.yaml `handwritten:`), or None
    upgraded_from: Optional[str] = None   # "Swagger 2.0" when the document was upgraded to OpenAPI 3.0
