"""Documentation text from the spec, made safe for C comments and for Doxygen."""
import json
import re
import textwrap

_CONSTRAINTS = (
    ("format", "Format: {}."),
    ("minimum", "Minimum: {}."),
    ("maximum", "Maximum: {}."),
    ("exclusiveMinimum", "Greater than {}."),
    ("exclusiveMaximum", "Less than {}."),
    ("minLength", "Minimum length: {}."),
    ("maxLength", "Maximum length: {}."),
    ("pattern", "Pattern: {}."),
    ("minItems", "Minimum items: {}."),
    ("maxItems", "Maximum items: {}."),
)


def comment_safe(text):
    """Text that cannot end a C comment, splice lines, or form a trigraph."""
    text = str(text).replace("*/", "* /").replace("/*", "/ *").replace("??", "? ?")
    return text.replace("\r", "").replace("\t", "    ").replace("\0", "")


# Spec text is Markdown, and Doxygen reads it as Markdown with commands of its own: `@x` and
# `\x` are commands, `<x>` HTML, `&x;` an entity, `#x` and `::x` link requests, `%x` hides a
# link, `>` starts a quote on a line, and a pair of double quotes turns escapes off between them
# (even across paragraphs, so that one stray quote in a description would swallow the @param
# lines after it). So each of those in prose is escaped with a backslash; code spans, fenced
# blocks and absolute links keep their text; links to anchors or relative pages, which Doxygen
# would try to resolve, keep only their text.
_ESCAPED = {"\\": "\\\\", "@": "\\@", "<": "\\<", ">": "\\>", "#": "\\#", "%": "\\%", "&": "\\&",
            '"': '\\"', "`": "\\`", "::": "\\::"}
_INLINE = re.compile(r"""
    (?P<code>(?<!`)(?P<ticks>`+)(?!`)(?P<body>.*?[^`])(?P=ticks)(?!`))
  | (?P<link>!?\[(?P<text>[^\[\]]*)\]\((?P<target>[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+(?:"[^"]*"|'[^']*'))?\))
  | (?P<url>\b(?:https?|ftp)://[^\s<>`"\\{}|^\[\]]+)
  | (?P<esc>::|%(?=\w)|&(?=\#?\w+;)|[\\@<>#"`])
""", re.X)
_ABSOLUTE = re.compile(r'(?:https?|ftp|mailto):[^\s<>`"\\]+\Z')
_URL_TAIL = ".,;:!?'*_)"
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# A code span in text that is already safe: an escaped backtick (\`) is not a delimiter.
_CODE_SPAN = re.compile(r"(?<![\\`])(`+)(?!`).+?(?<!`)\1(?!`)")
_KEEP = "\x00"  # stands for a space that wrapping must not break at (inside a code span or a link)


def code(text):
    """A Markdown code span showing text (on one line) as it is. Doxygen still reads `&x;` and
    `%x` in a code span, and a lone double quote there would open a quoted string that swallows
    the span's end: those are written as `&amp;x;`, `%%x` and `&quot;`. The span's backticks
    outnumber any run of backticks in the text."""
    body = re.sub(r"&(?=#?\w+;)", "&amp;", comment_safe(" ".join(str(text).split()) or str(text)))
    body = re.sub(r"%(?=\w)", "%%", body)
    if body.count('"') % 2:
        body = body.replace('"', "&quot;")
    ticks = "`" * (max((len(run) for run in re.findall("`+", body)), default=0) + 1)
    pad = " " if body.startswith("`") or body.endswith("`") or not body.strip() else ""
    return f"{ticks}{pad}{body}{pad}{ticks}"


def _escape(text):
    """One line of Markdown prose in which Doxygen sees no command, HTML, entity or link request."""
    out, pos = [], 0
    for m in _INLINE.finditer(text):
        out.append(text[pos:m.start()])
        pos = m.end()
        if m.group("code"):
            out.append(code(m.group("body").strip() or m.group("body")).replace(" ", _KEEP))
        elif m.group("link") is not None:
            label, target = _escape(m.group("text")), m.group("target")
            if _ABSOLUTE.match(target):
                out.append(f"[{label or target}]({target})".replace(" ", _KEEP))
            else:  # an anchor or a page of the API's own site: Doxygen would look for it and warn
                out.append(label or _escape(target))
        elif m.group("url"):
            url = m.group("url")
            keep = len(url.rstrip(_URL_TAIL))
            if ")" in url[keep:] and "(" in url[:keep]:
                keep = url.index(")", keep) + 1
            out.append(url[:keep])
            pos = m.start() + keep
        else:
            out.append(_ESCAPED[m.group("esc")])
    out.append(text[pos:])
    # An escaped backslash followed by a space must not end a line: C would splice the next one.
    return re.sub(r"(?<=\\\\) ", _KEEP, "".join(out))


def _lines(text, width, escape=True, inline=False):
    """Doc lines from text: paragraphs rewrapped, fenced blocks kept as they are (and closed when
    the text does not close them); prose escaped unless escape is False (text already safe)."""
    lines, fence, block = [], None, []
    for raw in comment_safe(text).strip("\n").split("\n"):
        raw = raw.rstrip().rstrip("\\").rstrip()
        if fence:
            if re.match(r"^ {0,3}" + re.escape(fence[0]) + "{" + str(len(fence)) + r",}\s*$", raw):
                lines.extend(([code(" ".join(block))] if block else []) if inline else [*block, raw.strip()])
                fence, block = None, []
            else:
                block.append(raw)
            continue
        m = _FENCE.match(raw) if escape else None
        if m and not (m.group(1)[0] == "`" and "`" in raw[m.end():]):
            fence, block = m.group(1), [] if inline else [raw.strip()]
            continue
        para = _escape(raw) if escape else _CODE_SPAN.sub(lambda c: c.group(0).replace(" ", _KEEP), raw).replace(
            "\\\\ ", "\\\\" + _KEEP)
        wrapped = textwrap.wrap(para, width, break_long_words=False, break_on_hyphens=False) or [""]
        lines.extend(l.replace(_KEEP, " ") for l in wrapped)
    if fence:
        lines.extend(([code(" ".join(block))] if block else []) if inline else [*block, fence])
    while lines and lines[-1] == "":
        lines.pop()
    while lines and lines[0] == "":
        lines.pop(0)
    return lines


def wrap(text, width=96):
    """Doc lines from spec text (Markdown): safe in a C comment and for Doxygen."""
    return _lines(text, width)


def inline(text):
    """Spec text on one line (a title, or text that ends a @param), safe like wrap()."""
    return " ".join(l for l in _lines(text, 1 << 30, inline=True) if l)


def reflow(text, width=96):
    """Doc lines from text that is already safe (the generator's own, holding escaped spec text)."""
    return _lines(text, width, escape=False)


def lead(text, lines, width=96):
    """lines (from wrap()) with text, already safe, put before their first paragraph and rewrapped."""
    n = 0
    while n < len(lines) and lines[n] and not _FENCE.match(lines[n]):
        n += 1
    return reflow(" ".join([text] + lines[:n]), width) + lines[n:]


def code_block(text):
    """Text for a @code block: Doxygen reads nothing in it but the command that ends it."""
    return re.sub(r"([\\@])(endcode)", r"\1 \2", comment_safe(text))


def one_line(value, limit=160):
    """A JSON value as a code span, cut at limit characters."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=False, default=str)
    return code(text if len(text) <= limit else text[: limit - 3] + "...")


def schema_doc(node):
    """Lines documenting a schema or property: description, constraints, default, example."""
    if not isinstance(node, dict):
        return []
    lines = []
    for key in ("title", "description"):
        if isinstance(node.get(key), str) and node[key].strip():
            if key == "title" and node.get("description"):
                continue
            lines.extend(wrap(node[key]))
    notes = [tmpl.format(code(node[k]) if k == "pattern" else inline(node[k]))
             for k, tmpl in _CONSTRAINTS if k in node and not isinstance(node[k], (dict, list))]
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
        lines.extend(reflow(" ".join(notes)))
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
