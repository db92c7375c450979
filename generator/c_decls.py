"""Reads the declarations of a C header as the API manifest needs them (api_manifest.py).

Not a C parser: enough for the public headers the generator writes and for the handwritten
headers SDKs add (sdk.yaml `handwritten:`): exported declarations (`APIC_EXPORT ...;`), struct,
union and enum definitions with their members and values, typedefs and object-like macros.
Comments and C++-only blocks (`#ifdef __cplusplus`) are dropped first; what it does not
recognise (static inline functions, other statements) it skips.
"""
import re

EXPORT = "APIC_EXPORT"

_COMMENT_OR_LITERAL = re.compile(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|/\*.*?(?:\*/|\Z)|//[^\n]*', re.S)


def strip_comments(text):
    """text without its comments, string and character literals kept as they are (a comment
    becomes a space, or the line breaks it held)."""
    def repl(m):
        t = m.group(0)
        if t[0] in "\"'":
            return t
        return "\n" * t.count("\n") if "\n" in t else " "
    return _COMMENT_OR_LITERAL.sub(repl, text)


def _cplusplus_only(condition):
    """True for a conditional whose group is C++ only (`#ifdef __cplusplus`), False for its
    opposite, None for any other condition (both branches are read)."""
    words = condition.split(None, 1)
    kind, rest = words[0], (words[1] if len(words) > 1 else "")
    rest = rest.replace(" ", "")
    if kind == "ifdef" and rest == "__cplusplus":
        return True
    if kind == "ifndef" and rest == "__cplusplus":
        return False
    if kind == "if" and rest in ("defined(__cplusplus)", "defined__cplusplus"):
        return True
    if kind == "if" and rest in ("!defined(__cplusplus)", "!defined__cplusplus"):
        return False
    return None


def split_preprocessor(text):
    """(C text without directives or C++-only groups, [(macro name, value)] of object-like #defines)."""
    lines = text.split("\n")
    code, macros = [], []
    stack = []  # per open conditional: None (read both branches), or whether this branch is C++ only
    i = 0
    while i < len(lines):
        line = lines[i]
        while line.endswith("\\") and i + 1 < len(lines):
            i += 1
            line = line[:-1] + " " + lines[i]
        i += 1
        stripped = line.strip()
        active = all(s is not True for s in stack)
        if not stripped.startswith("#"):
            if active:
                code.append(line)
            continue
        directive = stripped[1:].strip()
        word = directive.split(None, 1)[0] if directive else ""
        if word in ("if", "ifdef", "ifndef"):
            stack.append(_cplusplus_only(directive))
        elif word in ("else", "elif") and stack:
            if stack[-1] is not None:
                stack[-1] = not stack[-1] if word == "else" else None
        elif word == "endif" and stack:
            stack.pop()
        elif word == "define" and active:
            m = re.match(r"define\s+([A-Za-z_]\w*)(\(?)(.*)$", directive)
            if m and not m.group(2) and m.group(3).strip():
                macros.append((m.group(1), " ".join(m.group(3).split())))
    return "\n".join(code), macros


_SPACE_AROUND = re.compile(r"\s*([(\[,;])\s*")
_SPACE_BEFORE_CLOSE = re.compile(r"\s*([)\]])")
_STARS = re.compile(r"\*\s+(?=\*)")
_STAR_AFTER_WORD = re.compile(r"(\w)\*")
_STAR_BEFORE_NAME = re.compile(r"\*\s+(?=[A-Za-z_(])")


def normalise(text):
    """C text on one line, one space between tokens where C needs or keeps one: `T *name`,
    `f(a, b)`, `x[4]`."""
    text = " ".join(text.split())
    text = _SPACE_AROUND.sub(lambda m: m.group(1) + (" " if m.group(1) == "," else ""), text)
    if ")" in text or "]" in text:
        text = _SPACE_BEFORE_CLOSE.sub(r"\1", text)
    if "*" in text:
        text = _STARS.sub("*", text)
        text = _STAR_AFTER_WORD.sub(r"\1 *", text)
        text = _STAR_BEFORE_NAME.sub("*", text)
    return text.strip()


def split_top(text, sep):
    """Parts of text separated by sep outside parentheses, brackets and braces."""
    if "(" not in text and "[" not in text and "{" not in text:
        return [p.strip() for p in text.split(sep) if p.strip()]
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == sep and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts if p.strip()]


_STATEMENT_TOKEN = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'|[{};]')


def statements(code):
    """Top-level statements: text up to a `;` outside braces, or a function definition ending at its `}`."""
    out, start, depth, body_start = [], 0, 0, 0
    for m in _STATEMENT_TOKEN.finditer(code):
        t = m.group(0)
        if t == "{":
            if depth == 0:
                body_start = m.start()
            depth += 1
        elif t == "}":
            depth -= 1
            if depth == 0 and code[start:body_start].rstrip().endswith(")"):
                out.append(code[start:m.end()].strip())  # a function definition (static inline): no `;` follows
                start = m.end()
        elif t == ";" and depth == 0:
            out.append(code[start:m.start()].strip())
            start = m.end()
    return [s for s in out if s]


def _trailing_identifier(text):
    """(start, end) of the identifier text ends with, or None."""
    end = len(text)
    i = end
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    if i == end or text[i].isdigit():
        return None
    return i, end


def declarator(text):
    """(name, type) of one declaration `T *name[4]` or `int (*fn)(void)`: the type is the
    declaration without its name, normalised (`T *`, `char[4]`, `int(*)(void)`)."""
    text = normalise(text)
    if "(" in text:
        m = re.search(r"\(\s*\*+\s*([A-Za-z_]\w*)\s*\)", text)
        if m:
            return m.group(1), normalise(text[:m.start(1)] + text[m.end(1):])
    core = re.sub(r"\s*:\s*\w+$", "", text) if ":" in text else text   # a bit-field's width
    suffix = ""
    while core.endswith("]") and "[" in core:
        at = core.rindex("[")
        suffix = core[at:] + suffix
        core = core[:at].rstrip()
    found = _trailing_identifier(core)
    if not found or not core[:found[0]].strip():
        return None, text
    return core[found[0]:], normalise(core[:found[0]] + suffix)


def _members(body, prefix=""):
    """[(name, C type, inside)] of a struct or union body; members of a nested anonymous
    struct or union come as `as.x`; inside is "union" for a member of a nested union (they share
    its place), None otherwise."""
    out = []
    for decl in split_top(body, ";"):
        m = re.match(r"^(struct|union)\s*(\w*)\s*\{(.*)\}\s*(.*)$", decl, re.S)
        if m:
            name = m.group(4).strip() or m.group(2)
            nested = _members(m.group(3), prefix + (name + "." if name else ""))
            out += [(n, t, i or ("union" if m.group(1) == "union" else None)) for n, t, i in nested]
            continue
        first, *rest = split_top(decl, ",")
        name, ctype = declarator(first)
        if name is None:
            continue
        out.append((prefix + name, ctype, None))
        base = ctype.rstrip(" *")
        for more in rest:  # `int a, *b;`
            n2, t2 = declarator(base + " " + more)
            if n2:
                out.append((prefix + n2, t2, None))
    return out


def _enum_constants(body):
    """[(constant, value)] of an enum body: value an int when it is a literal or follows one, else the text."""
    out, nxt = [], 0
    for item in split_top(body, ","):
        name, _, expr = item.partition("=")
        name, expr = name.strip(), expr.strip()
        if expr:
            try:
                value = int(expr.rstrip("uUlL"), 0)
            except ValueError:
                value = normalise(expr)
        else:
            value = nxt
        out.append((name, value))
        nxt = value + 1 if isinstance(value, int) else f"{value} + 1"
    return out


def scan(text):
    """The declarations of a header, in order: a list of dicts with `what` one of function,
    variable, struct, enum, typedef, macro."""
    code, macros = split_preprocessor(strip_comments(text))
    found = [{"what": "macro", "name": n, "value": v} for n, v in macros]
    for st in statements(code):
        st = st.strip()
        if st.startswith('extern "C"'):
            continue
        if re.match(rf"^{EXPORT}\b", st):
            decl = normalise(st[len(EXPORT):])
            head = decl.split("(", 1)[0].rstrip()
            if "(" in decl and not decl.startswith("extern "):
                at = _trailing_identifier(head)
                if at:
                    found.append({"what": "function", "name": head[at[0]:], "signature": decl})
            else:
                name, _ = declarator(decl)
                if name:
                    found.append({"what": "variable", "name": name, "declaration": decl})
            continue
        m = re.match(r"^(typedef\s+)?(struct|union|enum)\s*(\w*)\s*\{(.*)\}\s*([\w\s,*]*)$", st, re.S)
        if m:
            tag, body, aliases = m.group(3), m.group(4), m.group(5).strip()
            name = tag or (aliases.split(",")[0].strip() if aliases and m.group(1) else "")
            if not name:
                continue
            if m.group(2) == "enum":
                found.append({"what": "enum", "name": name, "constants": _enum_constants(body)})
            else:
                members = _members(body)
                if m.group(2) == "union":
                    members = [(n, t, i or "union") for n, t, i in members]
                found.append({"what": "struct", "name": name, "members": members})
            continue
        m = re.match(r"^typedef\s+(.*)$", st, re.S)
        if m:
            if re.match(r"^(struct|union|enum)\s+(\w+)\s+\2$", " ".join(m.group(1).split())):
                continue  # `typedef struct x x;`: the struct itself is recorded where it is defined
            name, ctype = declarator(m.group(1))
            if name:
                found.append({"what": "typedef", "name": name, "type": ctype})
    return found
