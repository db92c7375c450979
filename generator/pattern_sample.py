"""A string matching a JSON Schema `pattern` (ECMA-262 regular expressions, the subset real
documents use: literals, escapes, classes with ranges, groups with alternation, quantifiers,
anchors), so that sample requests pass a validating mock server: Twilio's path parameters
look like `^AC[0-9a-fA-F]{32}$`. Each repeat takes its least count (one for `+`, none for `*`);
the first alternative of a group is taken. Returns None for what it cannot read, and the caller
checks the result with `re` anyway."""
import re

_CLASS_ESCAPES = {"d": "0", "w": "a", "s": " ", "D": "a", "W": "-", "S": "a"}
_PLAIN_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "0": "\0"}


class _Unreadable(Exception):
    pass


def pattern_sample(pattern, min_length=0):
    """A string that `re.search(pattern, s)` accepts, at least min_length long when the pattern
    leaves room for it, or None."""
    try:
        text, _ = _Parser(pattern).alternation(0)
    except (_Unreadable, IndexError, ValueError):
        return None
    try:
        if re.search(pattern, text) is None:
            return None
        if len(text) < min_length and re.search(pattern, text + "0" * (min_length - len(text))):
            text += "0" * (min_length - len(text))
    except re.error:
        return None
    return text


class _Parser:
    def __init__(self, pattern):
        self.p = pattern

    def alternation(self, i):
        """The first alternative of the sequence starting at i; returns (text, index after)."""
        text, i = self.sequence(i)
        while i < len(self.p) and self.p[i] == "|":
            _, i = self.sequence(i + 1)  # read past the other alternatives
        return text, i

    def sequence(self, i):
        out = []
        while i < len(self.p) and self.p[i] not in "|)":
            atom, i = self.atom(i)
            low, i = self.quantifier(i)
            out.append(atom * low)
        return "".join(out), i

    def atom(self, i):
        c = self.p[i]
        if c in "^$":
            return "", i + 1
        if c == "(":
            j = i + 1
            if self.p.startswith("?:", j) or self.p.startswith("?=", j) or self.p.startswith("?!", j):
                if self.p[j + 1] in "=!":
                    raise _Unreadable("lookahead")
                j += 2
            elif self.p.startswith("?<", j):
                j = self.p.index(">", j) + 1
            text, j = self.alternation(j)
            if j >= len(self.p) or self.p[j] != ")":
                raise _Unreadable("unclosed group")
            return text, j + 1
        if c == "[":
            return self.char_class(i)
        if c == "\\":
            e = self.p[i + 1]
            if e in _CLASS_ESCAPES:
                return _CLASS_ESCAPES[e], i + 2
            if e in _PLAIN_ESCAPES:
                return _PLAIN_ESCAPES[e], i + 2
            if e in "bB":
                return "", i + 2
            if e == "u":
                return chr(int(self.p[i + 2:i + 6], 16)), i + 6
            if e == "x":
                return chr(int(self.p[i + 2:i + 4], 16)), i + 4
            return e, i + 2
        if c == ".":
            return "a", i + 1
        if c in "*+?{":
            raise _Unreadable("quantifier without an atom")
        return c, i + 1

    def char_class(self, i):
        j = i + 1
        negated = self.p[j] == "^"
        if negated:
            j += 1
        members = []
        first = True
        while self.p[j] != "]" or first:
            first = False
            if self.p[j] == "\\":
                e = self.p[j + 1]
                if e in _CLASS_ESCAPES:
                    members.append(("class", e))
                    j += 2
                    continue
                ch = _PLAIN_ESCAPES.get(e, e)
                j += 2
            else:
                ch = self.p[j]
                j += 1
            if self.p[j] == "-" and self.p[j + 1] != "]":
                hi = self.p[j + 1]
                if hi == "\\":
                    hi = _PLAIN_ESCAPES.get(self.p[j + 2], self.p[j + 2])
                    j += 1
                members.append(("range", ch, hi))
                j += 2
            else:
                members.append(("range", ch, ch))
        if not negated:
            m = members[0]
            return (_CLASS_ESCAPES[m[1]] if m[0] == "class" else m[1]), j + 1
        for candidate in "a0A_-x9Z":
            if not any(_in(candidate, m) for m in members):
                return candidate, j + 1
        raise _Unreadable("a negated class that excludes every candidate")

    def quantifier(self, i):
        if i >= len(self.p):
            return 1, i
        c = self.p[i]
        if c in "*?":
            low, i = 0, i + 1
        elif c == "+":
            low, i = 1, i + 1
        elif c == "{" and re.match(r"\{\d+(,\d*)?\}", self.p[i:]):
            m = re.match(r"\{(\d+)(,\d*)?\}", self.p[i:])
            low, i = int(m.group(1)), i + m.end()
        else:
            return 1, i
        if i < len(self.p) and self.p[i] in "?+":  # lazy or possessive: the same least count
            i += 1
        return low, i


def _in(ch, member):
    if member[0] == "class":
        return re.match("\\" + member[1], ch) is not None
    return member[1] <= ch <= member[2]
