"""What a parsed JSONPath query (RFC 9535) selects in JSON data: its segments, selectors and filter
expressions, evaluated. jsonpath.parse() builds these from a query's text.

Query.nodelist() is the RFC's result (its order, duplicates kept). Query.select() gives each selected
location once, in document order: overlays update and remove in place, and a node updated twice
would get an array entry twice, while removals need an order in which indexes stay valid.
"""
import json

from .loader import escape_token


def key_text(key):
    """A member name as JSON spells it. YAML reads `200:` as the integer 200 and `true:` as a
    boolean, but the document is JSON data, where every member name is a string."""
    return key if isinstance(key, str) else json.dumps(key)


# What member_key() answers for an object without that member (None is a key YAML can make: `~:`).
NO_MEMBER = object()


def member_key(obj, name):
    """The key of obj's member named `name` (a string), or NO_MEMBER."""
    if name in obj:
        return name
    return next((k for k in obj if not isinstance(k, str) and key_text(k) == name), NO_MEMBER)


class Match:
    """A selected node: its value, and where it is (parent container and key or index; None for
    the root). `path` is the keys from the root, for pointers and document order."""

    __slots__ = ("value", "parent", "key", "path")

    def __init__(self, value, parent=None, key=None, path=()):
        self.value = value
        self.parent = parent
        self.key = key
        self.path = path

    def child(self, key):
        return Match(self.value[key], self.value, key, self.path + (key,))

    def pointer(self):
        """The JSON pointer (RFC 6901) of the node."""
        return "".join("/" + escape_token(key_text(k)) for k in self.path)


class Query:
    """A query: `$` or `@` followed by segments, each applied to what the previous one selected."""

    def __init__(self, segments, relative):
        self.segments = segments
        self.relative = relative  # starts at @ (the filter's current node) rather than $

    @property
    def singular(self):
        """Selects at most one node whatever the data: only single names and indexes follow."""
        return all(not s.descendant and len(s.selectors) == 1 and isinstance(s.selectors[0], (Name, Index))
                   for s in self.segments)

    def nodelist(self, root, current=None):
        """The nodes selected, as RFC 9535 orders them (duplicates kept)."""
        matches = [Match(current) if self.relative else Match(root)]
        for segment in self.segments:
            matches = [found for m in matches for found in segment.apply(m, root)]
        return matches

    def select(self, root):
        """Each node selected once, in document order (a parent before its members, members and
        elements in their order), so that updates and removals apply once each and in a stable order."""
        unique = {}
        for m in self.nodelist(root):
            unique.setdefault(m.path, m)
        return sorted(unique.values(), key=lambda m: _position(root, m.path))


def _position(root, path):
    """Where a node comes in document order: per step, its index among its parent's members or elements."""
    node, out = root, []
    for key in path:
        out.append(list(node).index(key) if isinstance(node, dict) else key)
        node = node[key]
    return out


class Segment:
    def __init__(self, selectors, descendant):
        self.selectors = selectors
        self.descendant = descendant

    def apply(self, match, root):
        for node in (_descendants(match) if self.descendant else (match,)):
            for selector in self.selectors:
                yield from selector.select(node, root)


def _descendants(match):
    """The node and all below it, each before its own members, arrays in order (RFC 9535 2.5.2.2)."""
    yield match
    value = match.value
    if isinstance(value, (dict, list)):
        for key in (value if isinstance(value, dict) else range(len(value))):
            yield from _descendants(match.child(key))


class Name:
    def __init__(self, name):
        self.name = name

    def select(self, match, root):
        if isinstance(match.value, dict):
            key = member_key(match.value, self.name)
            if key is not NO_MEMBER:
                yield match.child(key)


class Wildcard:
    @staticmethod
    def select(match, root):
        value = match.value
        if isinstance(value, (dict, list)):
            for key in (list(value) if isinstance(value, dict) else range(len(value))):
                yield match.child(key)


class Index:
    def __init__(self, index):
        self.index = index

    def select(self, match, root):
        if isinstance(match.value, list):
            i = self.index if self.index >= 0 else len(match.value) + self.index
            if 0 <= i < len(match.value):
                yield match.child(i)


class Slice:
    def __init__(self, start, end, step):
        self.start, self.end, self.step = start, end, step

    def select(self, match, root):
        # Python's slice bounds are RFC 9535's (its defaults, normalisation and clamping); a step
        # of 0, an error in Python, selects nothing here.
        if isinstance(match.value, list) and self.step != 0:
            for i in range(*slice(self.start, self.end, self.step).indices(len(match.value))):
                yield match.child(i)


class Filter:
    def __init__(self, expr):
        self.expr = expr

    def select(self, match, root):
        for child in Wildcard.select(match, root):
            if self.expr.test(child.value, root):
                yield child


class Or:
    def __init__(self, parts):
        self.parts = parts

    def test(self, current, root):
        return any(p.test(current, root) for p in self.parts)


class And:
    def __init__(self, parts):
        self.parts = parts

    def test(self, current, root):
        return all(p.test(current, root) for p in self.parts)


class Not:
    def __init__(self, expr):
        self.expr = expr

    def test(self, current, root):
        return not self.expr.test(current, root)


class Exists:
    def __init__(self, query):
        self.query = query

    def test(self, current, root):
        return bool(self.query.nodelist(root, current))


class Literal:
    def __init__(self, value):
        self.value = value


class Compare:
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def test(self, current, root):
        a, b = (_values(side, current, root) for side in (self.left, self.right))
        if self.op == "==":
            return _equal(a, b)
        if self.op == "!=":
            return not _equal(a, b)
        if self.op == "<":
            return _less(a, b)
        if self.op == "<=":
            return _less(a, b) or _equal(a, b)
        if self.op == ">":
            return _less(b, a)
        return _less(b, a) or _equal(a, b)  # >=


def _values(side, current, root):
    """A comparable's value as a list of none or one (a singular query may select nothing)."""
    if isinstance(side, Literal):
        return [side.value]
    return [m.value for m in side.nodelist(root, current)]


def _is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _equal(a, b):
    # Nothing equals only nothing (RFC 9535 2.3.5.2.2).
    if not a or not b:
        return not a and not b
    return _same(a[0], b[0])


def _same(x, y):
    """JSON equality: 1 == 1.0, but true is not 1 (as it is in Python)."""
    if _is_number(x) and _is_number(y):
        return x == y
    if isinstance(x, bool) or isinstance(y, bool) or x is None or y is None:
        return x is y
    if isinstance(x, str) and isinstance(y, str):
        return x == y
    if isinstance(x, list) and isinstance(y, list):
        return len(x) == len(y) and all(_same(p, q) for p, q in zip(x, y))
    if isinstance(x, dict) and isinstance(y, dict):
        xs = {key_text(k): v for k, v in x.items()}
        ys = {key_text(k): v for k, v in y.items()}
        return xs.keys() == ys.keys() and all(_same(xs[k], ys[k]) for k in xs)
    return False


def _less(a, b):
    """Only numbers and strings are ordered; strings by code point, as Python's are."""
    if not a or not b:
        return False
    x, y = a[0], b[0]
    if _is_number(x) and _is_number(y) or isinstance(x, str) and isinstance(y, str):
        return x < y
    return False
