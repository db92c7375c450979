"""Media types of bodies: how a request body is sent and how a response is read, decided here once.

The IR's Operation and Response (ir.py) gain what the runtime needs for bodies that are not JSON:
the body's kind and, for forms and multipart, how each member is sent (the OpenAPI Encoding
Object); the response's kind; whether the operation answers with an event stream.
"""
from dataclasses import dataclass, field as dc_field
from typing import List, Optional

from .ir import Operation, Response

FORM = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"
EVENT_STREAM = "text/event-stream"
# Styles a member of a form body may have (those of query parameters).
FORM_STYLES = ("form", "spaceDelimited", "pipeDelimited", "deepObject")


def base(media):
    """The type without parameters, lower case: `Text/Plain; charset=utf-8` -> `text/plain`."""
    return media.split(";")[0].strip().lower()


def is_json(media):
    b = base(media)
    return b == "application/json" or b.endswith("+json")


def _is_text(b):
    return b.startswith("text/") or b == "application/xml" or b.endswith("+xml")


def body_kind(media):
    """json, form, multipart, text (a string sent as it is) or bytes (an apic_file)."""
    b = base(media)
    if is_json(media):
        return "json"
    if b == FORM:
        return "form"
    if b == MULTIPART:
        return "multipart"
    return "text" if _is_text(b) else "bytes"


def response_kind(media):
    """json, events (text/event-stream), text (a string) or bytes (an apic_bytes)."""
    b = base(media)
    if is_json(media):
        return "json"
    if b == EVENT_STREAM:
        return "events"
    return "text" if _is_text(b) else "bytes"


def sendable_type(media):
    """The first type of a Content-Type list that names one type (no wildcard), else None:
    `image/png, image/jpeg` -> `image/png`; `image/*` -> None."""
    if not isinstance(media, str):
        return None
    first = media.split(",")[0].strip()
    return first if first and "*" not in first else None


def is_binary(node):
    """A string schema holding bytes: `format: binary`, or (3.1) a contentMediaType with no
    contentEncoding (with one, the bytes are text, base64 say)."""
    if not isinstance(node, dict) or node.get("type") not in (None, "string"):
        return False
    return node.get("format") == "binary" or ("contentMediaType" in node and "contentEncoding" not in node)


@dataclass(eq=False)
class BodyField:
    """How one member of a form or multipart body is sent."""
    style: str = "form"                 # forms: form, spaceDelimited, pipeDelimited, deepObject
    explode: bool = True
    allow_reserved: bool = False
    content_type: Optional[str] = None  # multipart: the parts' Content-Type; None = by value


@dataclass(eq=False)
class HttpOperation(Operation):
    body_kind: str = "json"             # see body_kind()
    body_fields: List[BodyField] = dc_field(default_factory=list)  # parallel to the body struct's fields
    events: bool = False                # the success response is a text/event-stream
    file_locations: List[tuple] = dc_field(default_factory=list)  # Location keys of schemas that became files
    file_list_locations: List[tuple] = dc_field(default_factory=list)  # ... that became arrays of files


@dataclass(eq=False)
class HttpResponse(Response):
    kind: str = "json"                  # see response_kind()
