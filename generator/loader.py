"""Loads YAML or JSON documents, once each, and resolves `$ref`s between and within them."""
import json
import os
import re
from urllib.parse import unquote

import yaml

from .errors import SpecError


def escape_token(token):
    """JSON pointer escaping (RFC 6901)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape_token(token):
    return unquote(token).replace("~1", "/").replace("~0", "~")


class _JsonDataLoader(yaml.SafeLoader):
    """SafeLoader whose scalars are JSON-compatible (no YAML dates) and whose mappings refuse a
    repeated key, which YAML would otherwise resolve silently by keeping the last one."""

    def construct_mapping(self, node, deep=False):
        seen = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, (str, int, float, bool)) and key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key '{key}' is repeated (first at line {seen[key] + 1})", key_node.start_mark)
            seen[key] = key_node.start_mark.line
        return super().construct_mapping(node, deep)


# YAML 1.1 would turn `2024-01-01` into a date, `17:00` into 1020 (base 60) and `NO`, `on` or
# `yes` into booleans: none of which JSON has. OpenAPI documents are JSON data, so scalars are
# resolved as YAML 1.2's JSON-compatible core schema does: dates and times stay strings, and
# only true and false are booleans.
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_INT = re.compile(r"^(?:[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+)$")
# A dot or an exponent makes a float; plain digits are left to _INT (PyYAML tries floats first).
_FLOAT = re.compile(r"^(?:[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9_]+)(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"
                    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")
_REPLACED = {"tag:yaml.org,2002:timestamp": None, "tag:yaml.org,2002:bool": _BOOL, "tag:yaml.org,2002:int": _INT,
             "tag:yaml.org,2002:float": _FLOAT}
_JsonDataLoader.yaml_implicit_resolvers = {}
for _first, _resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items():
    for _tag, _rx in _resolvers:
        if _tag in _REPLACED:
            _rx = _REPLACED[_tag]
        if _rx is not None:
            _JsonDataLoader.yaml_implicit_resolvers.setdefault(_first, []).append((_tag, _rx))


class Location:
    """A node in a loaded document: the file it lives in and its JSON pointer."""

    __slots__ = ("file", "pointer")

    def __init__(self, file, pointer=""):
        self.file = file
        self.pointer = pointer

    def child(self, *tokens):
        return Location(self.file, self.pointer + "".join("/" + escape_token(t) for t in tokens))

    def __str__(self):
        return f"{os.path.basename(self.file)}#{self.pointer}"

    def key(self):
        return (self.file, self.pointer)


class Loader:
    """Caches documents by absolute path; resolves references to (node, Location)."""

    def __init__(self):
        self._docs = {}

    def load(self, path):
        path = os.path.abspath(path)
        if path not in self._docs:
            try:
                with open(path, "rb") as fh:
                    raw = fh.read()
            except OSError as exc:
                raise SpecError(path, f"cannot read: {exc.strerror}") from None
            document = self._parse(path, raw)
            # Imported here: anchors reads this module's pointer escaping.
            from .anchors import rewrite_anchors
            rewrite_anchors(document, os.path.basename(path))
            self._docs[path] = document
        return self._docs[path]

    def replace(self, path, document):
        """Puts document in place of the file's own (what overlays made of it): later loads and
        $refs into the file see it."""
        self._docs[os.path.abspath(path)] = document

    @staticmethod
    def _parse(path, raw):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise SpecError(path, f"not UTF-8 at byte {exc.start}") from None
        try:
            if path.endswith(".json"):
                return json.loads(text)
            return yaml.load(text, Loader=_JsonDataLoader)
        except (ValueError, yaml.YAMLError) as exc:
            raise SpecError(path, f"not valid {'JSON' if path.endswith('.json') else 'YAML'}: {exc}") from None

    def node_at(self, loc):
        node = self.load(loc.file)
        if loc.pointer == "":
            return node
        for raw_token in loc.pointer.split("/")[1:]:
            token = unescape_token(raw_token)
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                return _MISSING
        return node

    def resolve(self, node, loc):
        """Follows `$ref` chains from node (found at loc). Returns (target node, target Location)."""
        seen = set()
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str):
                raise SpecError(loc.child("$ref"), "$ref must be a string")
            target = self.ref_location(ref, loc)
            if target.key() in seen:
                raise SpecError(loc, f"$ref '{ref}' is a cycle of references with no schema in it")
            seen.add(target.key())
            try:
                resolved = self.node_at(target)
            except SpecError as exc:
                raise SpecError(loc.child("$ref"), f"$ref '{ref}': {exc.message}") from None
            if resolved is _MISSING:
                raise SpecError(loc.child("$ref"), f"$ref '{ref}' points at nothing ({target})")
            node, loc = resolved, target
        return node, loc

    @staticmethod
    def ref_location(ref, loc):
        file_part, _, fragment = ref.partition("#")
        if file_part:
            if "://" in file_part:
                raise SpecError(loc.child("$ref"), f"$ref '{ref}': remote references are not fetched; "
                                "download the document and refer to it by path")
            file = os.path.normpath(os.path.join(os.path.dirname(loc.file), unquote(file_part)))
        else:
            file = loc.file
        if fragment and not fragment.startswith("/"):
            raise SpecError(loc.child("$ref"), f"$ref '{ref}': only JSON-pointer fragments are supported")
        return Location(file, fragment)


class _Missing:
    def __repr__(self):
        return "<missing>"


_MISSING = _Missing()
