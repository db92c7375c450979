"""JSON Schema anchors in a loaded document, rewritten as the JSON-pointer `$ref`s the rest of
the generator follows: `$ref: "#name"` to a `$anchor` (or `$dynamicAnchor`), OpenAPI 3.1's
`$dynamicRef: "#name"` (JSON Schema 2020-12) and `$recursiveRef: "#"` (2019-09).

A dynamic reference names its target through the dynamic scope: the outermost schema being
evaluated that carries the anchor. For the types a generator makes that is the schema it sits in
(a tree whose children are `$dynamicRef: "#node"` is a tree of itself), so each resolves to the
nearest enclosing schema with the anchor, else the first schema of the document with it. A
`$recursiveRef: "#"` resolves to the nearest enclosing schema with `$recursiveAnchor: true`, else
the nearest with an `$id` (the root of its schema resource)."""
from .errors import SpecError
from .loader import escape_token


def rewrite_anchors(document, file_name):
    """Rewrites document in place; raises SpecError naming `file#/pointer` for a reference to
    an anchor the document does not have."""
    anchors = {}
    _collect(document, "", anchors)
    _rewrite(document, "", [], anchors, file_name)


def _collect(node, pointer, anchors):
    if isinstance(node, dict):
        for key in ("$anchor", "$dynamicAnchor"):
            name = node.get(key)
            if isinstance(name, str) and name not in anchors:
                anchors[name] = pointer
        for k, v in node.items():
            _collect(v, f"{pointer}/{escape_token(str(k))}", anchors)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _collect(v, f"{pointer}/{i}", anchors)


def _rewrite(node, pointer, enclosing, anchors, file_name):
    if isinstance(node, list):
        for i, v in enumerate(node):
            _rewrite(v, f"{pointer}/{i}", enclosing, anchors, file_name)
        return
    if not isinstance(node, dict):
        return
    where = f"{file_name}#{pointer}"
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#") and ref != "#" and not ref.startswith("#/"):
        node["$ref"] = "#" + _anchor(anchors, ref[1:], f"{where}/$ref", ref)
    dynamic = node.get("$dynamicRef")
    if isinstance(dynamic, str) and "$ref" not in node:
        if dynamic.startswith("#/"):
            node["$ref"] = dynamic
        elif dynamic.startswith("#") and len(dynamic) > 1:
            name = dynamic[1:]
            near = next((p for p, n in reversed(enclosing) if n.get("$dynamicAnchor") == name), None)
            node["$ref"] = "#" + (near if near is not None else _anchor(anchors, name, f"{where}/$dynamicRef", dynamic))
        else:
            raise SpecError(f"{where}/$dynamicRef", f"$dynamicRef '{dynamic}': only '#name' and JSON pointers in the "
                            "same document are supported")
        del node["$dynamicRef"]
    recursive = node.get("$recursiveRef")
    if isinstance(recursive, str) and "$ref" not in node:
        if recursive != "#":
            raise SpecError(f"{where}/$recursiveRef", f"$recursiveRef '{recursive}': only '#' is defined")
        near = next((p for p, n in reversed(enclosing) if n.get("$recursiveAnchor") is True), None)
        if near is None:
            near = next((p for p, n in reversed(enclosing) if isinstance(n.get("$id"), str)), None)
        if near is None:
            raise SpecError(f"{where}/$recursiveRef", "$recursiveRef '#' is inside no schema with $recursiveAnchor: "
                            "true or an $id")
        node["$ref"] = "#" + near
        del node["$recursiveRef"]
    inner = enclosing + [(pointer, node)]
    for k, v in list(node.items()):
        _rewrite(v, f"{pointer}/{escape_token(str(k))}", inner, anchors, file_name)


def _anchor(anchors, name, where, ref):
    if name not in anchors:
        raise SpecError(where, f"'{ref}' names no $anchor or $dynamicAnchor of this document")
    return anchors[name]
