"""Media types of bodies: how a request body is sent and how a response is read, decided here once."""
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
