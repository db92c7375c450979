"""JSONPath queries (RFC 9535): the syntax of an overlay action's `target`, checked whole before
anything is selected (as the RFC asks), with the column and what was expected when it is wrong.

Supported: `$`; child segments `.name`, `.*`, `[...]`; descendant segments `..name`, `..*`, `..[...]`;
selectors 'name' / "name" (with the RFC's escapes), `*`, indexes (negative too), slices
`start:end:step`, and filters `?<expr>` with `==, !=, <, <=, >, >=`, existence tests, `&&`, `||`,
`!`, parentheses, literals and `@` / `$` queries. Function extensions (length(), match(), ...) are
not: a query using one is refused. `[?(@.x == 'v')]`, the older notation, is the RFC's own
parenthesised expression, so it needs nothing special. What a query selects: jsonpath_eval.py.
"""
import re

from .jsonpath_eval import (And, Compare, Exists, Filter, Index, Literal, Name, Not, Or, Query, Segment, Slice,
                            Wildcard)

# I-JSON's exact integers: indexes and slice bounds outside them are invalid (RFC 9535 section 2.1).
MAX_INT = 2 ** 53 - 1
_BLANK = " \t\n\r"
_WORD = re.compile(r"[a-z][a-z0-9_]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "/": "/", "\\": "\\"}


class JSONPathError(ValueError):
    """A query that is not well-formed or not valid. `column` counts from 1."""

    def __init__(self, column, message):
        super().__init__(f"column {column}: {message}")
        self.column = column
        self.message = message


def parse(text):
    """The Query that `text` spells; JSONPathError when it is not a valid RFC 9535 query."""
    if not isinstance(text, str):
        raise JSONPathError(1, "a query is a string")
    return _Parser(text).query()


def _digit(ch):
    return "0" <= ch <= "9"  # false for "", the end of the query


def _name_first(ch):
    # ALPHA / "_" / %x80-D7FF / %xE000-10FFFF (Python strings from UTF-8 hold no surrogates).
    return ch != "" and (not ch.isascii() or ch.isalpha() or ch == "_")


def _name_char(ch):
    return _name_first(ch) or _digit(ch)


class _Parser:
    """Recursive descent over RFC 9535's ABNF (its Figure 2, function extensions left out)."""

    def __init__(self, text):
        self.text = text
        self.pos = 0

    # -- helpers --
    def peek(self, offset=0):
        i = self.pos + offset
        return self.text[i] if i < len(self.text) else ""

    def found(self):
        ch = self.peek()
        if ch == "":
            return "the end of the query"
        return "blank space" if ch in _BLANK else repr(ch)

    def fail(self, message, pos=None):
        raise JSONPathError((self.pos if pos is None else pos) + 1, message)

    def blank(self):
        while self.peek() and self.peek() in _BLANK:
            self.pos += 1

    # -- queries and segments --
    def query(self):
        if self.peek() != "$":
            self.fail(f"expected '$' (a query starts at the root), found {self.found()}")
        self.pos = 1
        segments = self.segments()
        if self.pos != len(self.text):
            self.fail(f"expected a segment ('.name', '[...]' or '..'), found {self.found()}")
        return Query(segments, relative=False)

    def segments(self):
        out = []
        while True:
            before = self.pos
            self.blank()
            if self.peek() not in (".", "["):
                self.pos = before
                return out
            out.append(self.segment())

    def segment(self):
        if self.text.startswith("..", self.pos):
            self.pos += 2
            if self.peek() == "[":
                return Segment(self.bracketed(), descendant=True)
            if self.peek() == "*":
                self.pos += 1
                return Segment([Wildcard()], descendant=True)
            if _name_first(self.peek()):
                return Segment([Name(self.shorthand())], descendant=True)
            self.fail(f"expected a name, '*' or '[' after '..', found {self.found()}")
        if self.peek() == ".":
            self.pos += 1
            if self.peek() == "*":
                self.pos += 1
                return Segment([Wildcard()], descendant=False)
            if _name_first(self.peek()):
                return Segment([Name(self.shorthand())], descendant=False)
            hint = " (write ['name'] for a name that starts with a digit or holds other characters)" \
                if self.peek() and self.peek() not in _BLANK else ""
            self.fail(f"expected a member name or '*' after '.', found {self.found()}{hint}")
        return Segment(self.bracketed(), descendant=False)

    def shorthand(self):
        start = self.pos
        while _name_char(self.peek()):
            self.pos += 1
        if self.peek() == "-":
            # `.x-oai-traits` is common in overlays written before RFC 9535, which allows
            # neither '-' in a shorthand name nor arithmetic: the bracket form is what was meant.
            end = self.pos
            while end < len(self.text) and (_name_char(self.text[end]) or self.text[end] == "-"):
                end += 1
            self.fail(f"'-' cannot be part of a .name shorthand: write ['{self.text[start:end]}']")
        return self.text[start:self.pos]

    def bracketed(self):
        self.pos += 1  # [
        self.blank()
        selectors = [self.selector()]
        while True:
            self.blank()
            if self.peek() == ",":
                self.pos += 1
                self.blank()
                selectors.append(self.selector())
            elif self.peek() == "]":
                self.pos += 1
                return selectors
            else:
                self.fail(f"expected ',' or ']' after a selector, found {self.found()}")

    # -- selectors --
    def selector(self):
        ch = self.peek()
        if ch in ("'", '"'):
            return Name(self.string())
        if ch == "*":
            self.pos += 1
            return Wildcard()
        if ch == "?":
            self.pos += 1
            self.blank()
            return Filter(self.logical())
        if ch in (":", "-") or _digit(ch):
            return self.index_or_slice()
        self.fail(f"expected a selector ('name' in quotes, an index, a slice start:end:step, '*' or a filter "
                  f"?...), found {self.found()}")

    def starts_int(self):
        return self.peek() == "-" or _digit(self.peek())

    def index_or_slice(self):
        start = end = step = None
        if self.peek() != ":":
            start = self.integer()
            before = self.pos
            self.blank()
            if self.peek() != ":":
                self.pos = before
                return Index(start)
        self.pos += 1  # :
        self.blank()
        if self.starts_int():
            end = self.integer()
            self.blank()
        if self.peek() == ":":
            self.pos += 1
            before = self.pos
            self.blank()
            if self.starts_int():
                step = self.integer()
            else:
                self.pos = before
        return Slice(start, end, step)

    def integer(self):
        start = self.pos
        if self.peek() == "-":
            self.pos += 1
        if not _digit(self.peek()):
            self.fail(f"expected a digit, found {self.found()}")
        if self.peek() == "0":
            self.pos += 1
            if _digit(self.peek()):
                self.fail("an integer has no leading zeros", start)
            if self.pos - start == 2:
                self.fail("-0 is not an integer here: write 0", start)
        while _digit(self.peek()):
            self.pos += 1
        value = int(self.text[start:self.pos])
        if abs(value) > MAX_INT:
            self.fail(f"{value} is outside the exact integers of I-JSON (at most 2^53-1 either way)", start)
        return value

    def string(self):
        quote, start = self.peek(), self.pos
        self.pos += 1
        out = []
        while True:
            ch = self.peek()
            if ch == "":
                self.fail(f"the string has no closing {quote}", start)
            self.pos += 1
            if ch == quote:
                return "".join(out)
            if ch == "\\":
                out.append(self.escape(quote))
            elif ord(ch) < 0x20:
                self.fail(f"control character U+{ord(ch):04X} must be escaped in a string", self.pos - 1)
            else:
                out.append(ch)

    def escape(self, quote):
        ch = self.peek()
        if ch == quote:
            self.pos += 1
            return quote
        if ch in _ESCAPES:
            self.pos += 1
            return _ESCAPES[ch]
        if ch == "u":
            code = self.hex4()
            if 0xDC00 <= code <= 0xDFFF:
                self.fail("a low surrogate \\u escape must follow a high one", self.pos - 6)
            if 0xD800 <= code <= 0xDBFF:
                if not self.text.startswith("\\u", self.pos):
                    self.fail("a high surrogate \\u escape must be followed by a low one (\\uDC00-\\uDFFF)")
                self.pos += 1
                low = self.hex4()
                if not 0xDC00 <= low <= 0xDFFF:
                    self.fail("a high surrogate \\u escape must be followed by a low one (\\uDC00-\\uDFFF)",
                              self.pos - 6)
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            return chr(code)
        if ch == "":
            self.fail("the string has no closing quote")
        if ch in ("'", '"'):
            self.fail(f"\\{ch} is not an escape inside {quote}...{quote}: write {ch} alone", self.pos - 1)
        self.fail(f"\\{ch} is not an escape (known: \\b \\f \\n \\r \\t \\/ \\\\ \\{quote} \\uXXXX)",
                  self.pos - 1)

    def hex4(self):
        self.pos += 1  # u
        digits = self.text[self.pos:self.pos + 4]
        if len(digits) != 4 or any(c not in "0123456789abcdefABCDEF" for c in digits):
            self.fail("expected four hexadecimal digits after \\u")
        self.pos += 4
        return int(digits, 16)

    # -- filter expressions --
    def logical(self):
        parts = [self.conjunction()]
        while self.operator("||"):
            parts.append(self.conjunction())
        return parts[0] if len(parts) == 1 else Or(parts)

    def conjunction(self):
        parts = [self.basic()]
        while self.operator("&&"):
            parts.append(self.basic())
        return parts[0] if len(parts) == 1 else And(parts)

    def operator(self, op):
        """Consumes blank space, `op` and blank space when op comes next; else moves nothing."""
        before = self.pos
        self.blank()
        if self.text.startswith(op, self.pos):
            self.pos += len(op)
            self.blank()
            return True
        self.pos = before
        return False

    def basic(self):
        start = self.pos
        if self.peek() == "!":
            self.pos += 1
            self.blank()
            if self.peek() == "(":
                return Not(self.parenthesised())
            if self.peek() not in ("@", "$"):
                self.fail(f"expected '(' or a query (@... or $...) after '!', found {self.found()}")
            return Not(Exists(self.filter_query()))
        if self.peek() == "(":
            return self.parenthesised()
        left = self.comparable()
        before = self.pos
        self.blank()
        op = next((o for o in ("==", "!=", "<=", ">=", "<", ">") if self.text.startswith(o, self.pos)), None)
        if op is None:
            if self.peek() == "=":
                self.fail("'=' is not an operator: compare with '=='")
            self.pos = before
            if isinstance(left, Literal):
                self.fail("a literal alone is not a test: compare it with ==, !=, <, <=, > or >=", start)
            return Exists(left)
        self.pos += len(op)
        self.blank()
        right_start = self.pos
        right = self.comparable()
        for side, at in ((left, start), (right, right_start)):
            if isinstance(side, Query) and not side.singular:
                self.fail("a comparison takes one value: only .name, ['name'] and [index] may follow @ or $ here "
                          "(no wildcards, slices, filters, unions or '..')", at)
        return Compare(op, left, right)

    def parenthesised(self):
        opened = self.pos
        self.pos += 1  # (
        self.blank()
        expr = self.logical()
        self.blank()
        if self.peek() != ")":
            self.fail(f"expected ')' to close the '(' at column {opened + 1}, found {self.found()}")
        self.pos += 1
        return expr

    def filter_query(self):
        relative = self.peek() == "@"
        self.pos += 1
        return Query(self.segments(), relative)

    def comparable(self):
        ch = self.peek()
        if ch in ("@", "$"):
            return self.filter_query()
        if ch in ("'", '"'):
            return Literal(self.string())
        if ch == "-" or _digit(ch):
            return Literal(self.number())
        word = _WORD.match(self.text, self.pos)
        if word and word.group() in ("true", "false", "null") and not _name_char(self.peek(len(word.group()))):
            self.pos = word.end()
            return Literal({"true": True, "false": False, "null": None}[word.group()])
        if word and self.peek(len(word.group())) == "(":
            self.fail(f"function extensions such as {word.group()}() are not supported")
        self.fail(f"expected a query (@... or $...), a literal (string, number, true, false, null) or '(', "
                  f"found {self.found()}")

    def number(self):
        m = _NUMBER.match(self.text, self.pos)
        if m is None:
            self.fail(f"expected a digit after '-', found {repr(self.peek(1)) if self.peek(1) else 'the end'}",
                      self.pos + 1)
        # The pattern takes every digit it can, so a digit right after it follows a leading 0.
        if _digit(self.text[m.end():m.end() + 1]):
            self.fail("a number has no leading zeros")
        self.pos = m.end()
        return float(m.group()) if m.group(1) or m.group(2) else int(m.group())
