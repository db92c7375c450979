"""Documentation text from the spec, made safe for C comments."""
import json
import textwrap

_CONSTRAINTS = (
    ("format", "Format: {}."),
    ("minimum", "Minimum: {}."),
    ("maximum", "Maximum: {}."),
    ("exclusiveMinimum", "Greater than {}."),
    ("exclusiveMaximum", "Less than {}."),
    ("minLength", "Minimum length: {}."),
    ("maxLength", "Maximum length: {}."),
    ("pattern", "Pattern: `{}`."),
    ("minItems", "Minimum items: {}."),
    ("maxItems", "Maximum items: {}."),
)


def comment_safe(text):
    """Text that cannot end a C comment, splice lines, or form a trigraph."""
    text = str(text).replace("*/", "* /").replace("/*", "/ *").replace("??", "? ?")
    return text.replace("\r", "").replace("\t", "    ")


def wrap(text, width=96):
    lines = []
    for para in comment_safe(text).strip().split("\n"):
        para = para.rstrip().rstrip("\\")
        lines.extend(textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False) or [""])
    while lines and lines[-1] == "":
        lines.pop()
    return lines


def one_line(value, limit=160):
    text = comment_safe(json.dumps(value, ensure_ascii=False, sort_keys=False, default=str))
    return text if len(text) <= limit else text[: limit - 3] + "..."


def schema_doc(node, extra=None):
    """Lines documenting a schema or property: description, constraints, default, example."""
    if not isinstance(node, dict):
        return []
    lines = []
    for key in ("title", "description"):
        if isinstance(node.get(key), str) and node[key].strip():
            if key == "title" and node.get("description"):
                continue
            lines.extend(wrap(node[key]))
    notes = [tmpl.format(comment_safe(node[k])) for k, tmpl in _CONSTRAINTS if k in node and not isinstance(node[k], (dict, list))]
    if extra:
        notes.extend(extra)
    if "const" in node:
        notes.append(f"Always {one_line(node['const'])}.")
    elif isinstance(node.get("enum"), list) and node["enum"] and not all(isinstance(v, str) for v in node["enum"]):
        # String enums get C constants; other enums are documented, and any other value is kept.
        notes.append(f"Known values: {', '.join(one_line(v) for v in node['enum'])} (others are kept).")
    if "default" in node:
        notes.append(f"Default: {one_line(node['default'])}.")
    if node.get("deprecated") is True:
        notes.append("Deprecated.")
    if "example" in node and not isinstance(node["example"], (dict, list)):
        notes.append(f"Example: {one_line(node['example'])}.")
    if notes:
        lines.extend(wrap(" ".join(notes)))
    return lines


def c_string(text):
    """A C string literal for text: ASCII printable kept, everything else octal-escaped."""
    out = ['"']
    for byte in str(text).encode("utf-8"):
        ch = chr(byte)
        if ch in '"\\':
            out.append("\\" + ch)
        elif 0x20 <= byte < 0x7F and ch != "?":
            out.append(ch)
        elif ch == "?":
            out.append("\\?")  # no trigraphs
        else:
            out.append(f"\\{byte:03o}")
    out.append('"')
    return "".join(out)
