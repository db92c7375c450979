"""OpenAPI Overlays (Overlay Specification 1.0.0; docs/overlays.md): ordered update and remove
actions, each aimed by a JSONPath target, applied to the root spec document right after it is
loaded, so that $ref resolution, the SDK and the samples all see the result.

One deliberate difference from the specification, which lets an action that selects nothing pass:
here it is an error. An overlay fixes a document it does not own; when a new version of that
document moves the fixed node, the fix must fail loudly rather than silently stop applying.
"""
import os
import re

from .errors import SpecError
from .jsonpath import JSONPathError, parse
from .jsonpath_eval import NO_MEMBER, key_text, member_key
from .loader import Loader, escape_token

# The patch number does not change the feature set (the specification's "Versions").
_VERSION = re.compile(r"1\.0\.\d+")
_OVERLAY_KEYS = ("overlay", "info", "extends", "actions")
_INFO_KEYS = ("title", "version")
_ACTION_KEYS = ("target", "description", "update", "remove")


def overlays_config(value, path):
    """sdk.yaml `overlays: [file, ...]`: paths relative to sdk.yaml's folder, applied in order."""
    if not isinstance(value, list):
        raise SpecError(f"{path}#/overlays", "overlays must be a list of overlay files (paths relative to this file)")
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item:
            raise SpecError(f"{path}#/overlays/{i}", f"an overlay is a file path (a string), found {item!r}")
    return [os.path.join(os.path.dirname(path), item) for item in value]


def apply_overlays(loader, spec_path, overlay_paths):
    """Applies the overlay files, in order, to the spec document at spec_path and puts the result
    in the loader in its place, so that every later reader sees it. Returns the result."""
    document = _json_copy(loader.load(spec_path))
    spec_name = os.path.basename(spec_path)
    for path in overlay_paths:
        for action in load_overlay(path):
            action.apply(document, spec_name)
    loader.replace(spec_path, document)
    return document


def load_overlay(path):
    """The checked actions of the overlay document at path (read as the spec is: YAML or JSON,
    repeated keys refused)."""
    doc = Loader().load(path)
    where = f"{path}#"
    if not isinstance(doc, dict):
        raise SpecError(where, "an overlay must be a mapping with overlay, info and actions")
    _refuse_unknown(doc, _OVERLAY_KEYS, where)
    version = doc.get("overlay")
    if "overlay" not in doc:
        raise SpecError(f"{where}/overlay", "overlay (the Overlay Specification version, 1.0.0) is required")
    if not isinstance(version, str):
        raise SpecError(f"{where}/overlay", f"overlay must be a version string such as '1.0.0', found {version!r}")
    if not _VERSION.fullmatch(version):
        raise SpecError(f"{where}/overlay", f"Overlay Specification {version} is not supported: "
                        "this generator applies 1.0.x overlays")
    info = doc.get("info")
    if not isinstance(info, dict):
        raise SpecError(f"{where}/info", "info is required: a mapping with title and version")
    _refuse_unknown(info, _INFO_KEYS, f"{where}/info")
    for key in _INFO_KEYS:
        if not isinstance(info.get(key), str):
            raise SpecError(f"{where}/info/{key}", f"{key} is required (a string), found {info.get(key)!r}")
    if "extends" in doc and not isinstance(doc["extends"], str):
        raise SpecError(f"{where}/extends", "extends must be a URI reference (a string)")
    actions = doc.get("actions")
    if not isinstance(actions, list) or not actions:
        raise SpecError(f"{where}/actions", f"actions must be a list of one or more actions, found {actions!r}")
    return [_action(a, f"{where}/actions/{i}") for i, a in enumerate(actions)]


def _refuse_unknown(obj, known, where):
    # A misspelt key (`remvoe: true`) would otherwise be an action that quietly does something else.
    for key in obj:
        if not (isinstance(key, str) and key.startswith("x-")) and key not in known:
            raise SpecError(f"{where}/{escape_token(key_text(key))}",
                            f"unknown key '{key_text(key)}' (known: {', '.join(known)}, and x- extensions)")


def _action(raw, where):
    if not isinstance(raw, dict):
        raise SpecError(where, "an action must be a mapping with target and either update or remove")
    _refuse_unknown(raw, _ACTION_KEYS, where)
    target = raw.get("target")
    if not isinstance(target, str):
        raise SpecError(f"{where}/target", "target is required: a JSONPath query such as $.paths['/pets'].get")
    try:
        query = parse(target)
    except JSONPathError as exc:
        raise SpecError(f"{where}/target", f"{target!r} is not a JSONPath query (RFC 9535): "
                        f"at column {exc.column}, {exc.message}") from None
    if "description" in raw and not isinstance(raw["description"], str):
        raise SpecError(f"{where}/description", "description must be a string")
    if "update" not in raw and "remove" not in raw:
        raise SpecError(where, "the action has neither update nor remove: give one of them")
    if "update" in raw and "remove" in raw:
        raise SpecError(where, "the action has both update and remove: give one of them "
                        "(the specification would ignore the update)")
    if "remove" in raw and raw["remove"] is not True:
        raise SpecError(f"{where}/remove", f"remove must be true, found {raw['remove']!r} "
                        "(to keep the target, leave the action out)")
    return _Action(where, target, query, raw.get("update"), "remove" in raw)


class _Action:
    def __init__(self, where, target, query, update, remove):
        self.where = where  # overlay.yaml#/actions/<i>
        self.target = target
        self.query = query
        self.update = update
        self.remove = remove

    def apply(self, document, spec_name):
        """Updates or removes, in place, every node the target selects in document, which holds
        what the actions before this one made of the spec."""
        matches = self.query.select(document)
        if not matches:
            raise SpecError(f"{self.where}/target", f"target {self.target!r} selects nothing in {spec_name} "
                            "(as the actions before it left it): an action that changes nothing is an error here, "
                            "where the Overlay Specification would skip it")
        for m in matches:
            # "The result of the target JSONPath expression MUST be zero or more objects or arrays".
            if not isinstance(m.value, (dict, list)):
                raise SpecError(f"{self.where}/target", f"target {self.target!r} selects {_kind(m.value)} at "
                                f"{spec_name}#{m.pointer()}; Overlay 1.0.0 acts on objects and arrays only: target the "
                                "object that holds it" + ("" if self.remove else " and update that member"))
        if self.remove:
            if matches[0].parent is None:
                raise SpecError(f"{self.where}/target", f"target {self.target!r} selects the document root, "
                                "which cannot be removed")
            # Last first: removing an array element then leaves the indexes of those before it valid.
            for m in reversed(matches):
                del m.parent[m.key]
            return
        for m in matches:
            if isinstance(m.value, list):
                # "If the target selects an array, the value of this field MUST be an entry to append".
                m.value.append(_json_copy(self.update))
            elif isinstance(self.update, dict):
                _merge(m.value, self.update, f"{spec_name}#{m.pointer()}", f"{self.where}/update")
            else:
                raise SpecError(f"{self.where}/update", f"the target selects an object ({spec_name}#{m.pointer()}): "
                                f"update must be an object of members to merge into it, found {_kind(self.update)}")


def _merge(target, update, target_where, update_where):
    """Merges update into target in place. Overlay 1.0.0: "the properties in the update object are
    recursively merged with the properties in the target object with the same names; new
    properties are added to the target object". How values meet is as 1.1.0 spells that out:
    objects merge recursively, an array is appended to an array, a primitive replaces a
    primitive, and any other pair is an error."""
    for key, value in update.items():
        name = key_text(key)
        existing = member_key(target, name)
        if existing is NO_MEMBER:
            target[key] = _json_copy(value)
            continue
        current = target[existing]
        here, there = f"{target_where}/{escape_token(name)}", f"{update_where}/{escape_token(name)}"
        if isinstance(current, dict) and isinstance(value, dict):
            _merge(current, value, here, there)
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(_json_copy(value))
        elif not isinstance(current, (dict, list)) and not isinstance(value, (dict, list)):
            target[existing] = value
        else:
            raise SpecError(there, f"cannot merge {_kind(value)} into {_kind(current)} ({here}): objects merge "
                            "into objects, arrays are appended to arrays and primitives replace primitives; "
                            "to replace it, remove it in an earlier action")


def _json_copy(value):
    """A copy sharing nothing. YAML anchors and aliases put one Python object in several places,
    which JSON data cannot have: an update at one place must not change the others."""
    if isinstance(value, dict):
        return {k: _json_copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_copy(v) for v in value]
    return value


def _kind(value):
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, bool):
        return "a boolean"
    if value is None:
        return "null"
    return "a string" if isinstance(value, str) else "a number"
