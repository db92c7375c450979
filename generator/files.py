"""Members of multipart bodies that hold bytes become files (apic_file), and only there.

A schema's struct is shared by every use of the schema, and JSON cannot carry an apic_file. So a
multipart body's byte members become files in the schema's own struct only when no JSON use
(a response, a JSON or form body, a member of another schema, a parameter, event data) shares
it; otherwise the multipart body gets a struct of its own, `<name>_multipart`, and the schema's
struct keeps those members as the strings JSON carries. Which it is can be known only once
every operation, event and topic is converted: plan() notes the members, settle() decides.
"""
import dataclasses

from . import docs, media as m
from .ir import StructType, TypeRef
from .schemas import TYPE_SUFFIXES

_FILE_DOC = "Bytes, sent as a file part: an apic_file (data in memory, or a path read when the request is built)."
_FILES_DOC = "Bytes, one file part per item: apic_files (data in memory, or a path read when the request is built)."


class FileMembers:
    def __init__(self, loader, names, converter):
        self.loader = loader
        self.names = names           # the Namespace: a multipart body's own struct claims its name there
        self.converter = converter   # its structs and unions; a multipart body's own struct joins its structs
        self._planned = {}           # StructType -> [(index of the field, its file type)]

    def plan(self, op, struct, props):
        """Notes which members of a multipart body's struct hold bytes (and arrays of them),
        and their schemas' Location keys on op, for sample requests. props: the schema's
        properties, name -> (resolved schema, Location)."""
        changes = []
        for i, f in enumerate(struct.fields):
            if f.json_name not in props:
                continue
            pnode, ploc = props[f.json_name]
            if f.type.kind == "string" and m.is_binary(pnode):
                changes.append((i, TypeRef("file")))
                op.file_locations.append(ploc.key())
            elif f.type.kind == "array" and f.type.elem.kind == "string" and self._binary_items(pnode, ploc):
                changes.append((i, TypeRef("array", elem=TypeRef("file"))))
                op.file_locations.append(self.loader.resolve(pnode.get("items"), ploc.child("items"))[1].key())
            elif f.type.kind != "array" and self._files_either_way(pnode, ploc):
                # "a file or an array of files" (OpenAI's image edits): one or more files, a part each.
                changes.append((i, TypeRef("array", elem=TypeRef("file"))))
                op.file_list_locations.append(ploc.key())
        if changes:
            self._planned.setdefault(struct, changes)

    def settle(self, operations, roots):
        """Gives each multipart body its files: in the schema's struct, or in a struct of its
        own when JSON uses the schema's too. roots: the other types held as JSON (event and
        topic data)."""
        as_json = _json_structs(self.converter, operations, roots)
        settled = {}
        for op in operations:
            multipart = op.body_kind == "multipart" and op.body is not None and op.body.kind == "object"
            struct = op.body.target if multipart else None
            if struct not in self._planned:
                continue
            if struct not in settled:
                settled[struct] = self._own_struct(struct) if struct in as_json else struct
                for i, ftype in self._planned[struct]:
                    f = settled[struct].fields[i]
                    f.type = ftype
                    f.doc = f.doc + [_FILE_DOC if ftype.kind == "file" else _FILES_DOC]
            if settled[struct] is not struct:
                op.body = TypeRef("object", target=settled[struct])

    def _own_struct(self, struct):
        own = StructType(name=self.names.claim(struct.name + "_multipart", TYPE_SUFFIXES),
                         title=struct.title + " (multipart)", where=struct.where, multipart_of=struct,
                         doc=list(struct.doc) + ([""] if struct.doc else []) + docs.reflow(
                             f"{docs.inline(struct.title)} as a multipart/form-data body: its members holding bytes are files, sent "
                             "as file parts (in JSON, the schema's own struct holds them as strings)."),
                         fields=[dataclasses.replace(f, doc=list(f.doc)) for f in struct.fields],
                         additional=struct.additional, additional_member=struct.additional_member,
                         unknown_member=struct.unknown_member)
        self.converter.structs.append(own)
        return own

    def _binary_items(self, node, loc):
        return isinstance(node, dict) and m.is_binary(self.loader.resolve(node.get("items"), loc.child("items"))[0])

    def _files_either_way(self, node, loc):
        """Whether every alternative of a oneOf/anyOf is bytes or an array of bytes (null aside)."""
        for combiner in ("oneOf", "anyOf"):
            parts = node.get(combiner) if isinstance(node, dict) else None
            if not isinstance(parts, list) or not parts:
                continue
            alternatives = [self.loader.resolve(part, loc.child(combiner, i)) for i, part in enumerate(parts)]
            alternatives = [(n, l) for n, l in alternatives if not (isinstance(n, dict) and n.get("type") == "null")]
            return bool(alternatives) and all(m.is_binary(n) or (isinstance(n, dict) and n.get("type") == "array"
                                                                 and self._binary_items(n, l)) for n, l in alternatives)
        return False


def _json_structs(converter, operations, roots):
    """The structs some JSON (or form, or parameter) value holds: every struct a member, a union
    variant, a result, a response, a parameter, a body other than multipart, or a root refers to.
    A multipart body's own members count: its objects are JSON parts."""
    found = set()

    def add(t):
        while t is not None and t.kind in ("array", "map"):
            t = t.elem
        if t is not None and t.kind == "object":
            found.add(t.target)

    for s in converter.structs:
        for f in s.fields:
            add(f.type)
        add(s.additional)
    for u in converter.unions:  # every union, so the variants of those held are
        for v in u.variants:
            add(v.type)
    for op in operations:
        add(op.result)
        for r in op.responses:
            add(r.type)
        for p in op.param_list:
            add(p.field.type)
        if op.body_kind != "multipart":
            add(op.body)
    for t in roots:
        add(t)
    return found
