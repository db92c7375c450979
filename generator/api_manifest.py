"""The API manifest (api.json in the output folder): the C API a generation declares, for
comparing it with the next one (api_diff.py).

What the public headers declare, read from the headers as rendered (c_decls.py), so it is what a
compiler sees whoever wrote the declaration (a template, sdk.yaml `handwritten:`):
- functions: each exported function's signature and header;
- variables: each exported object's declaration (descriptors, tables);
- structs: members in order with their C types (`as.x` for the variants of a union's `as`);
- enums: constants with their numeric values;
- typedefs and object-like macros.
From the IR, where the generation has one (not when the previous output predates manifests and
its headers are read instead): which functions are operations (HTTP method, path, parameter
struct, body and result), which members are required or are the `has_`/`_is_null` companions
of another, whether the SDK sends a struct or receives it (both, for a schema used both ways),
which structs are unions, and the JSON text of each enum constant.

The file is deterministic: keys sorted, one entry per line (so a diff of two manifests reads well).
"""
import json
import os

from . import c_decls

MANIFEST = "api.json"
FORMAT = "apic-api-manifest/1"
SECTIONS = ("operations", "functions", "variables", "structs", "enums", "typedefs", "macros")


def from_headers(headers, prefix):
    """A manifest without IR annotations from {header file name: text}, read in name order."""
    manifest = {"format": FORMAT, "prefix": prefix}
    for section in SECTIONS:
        manifest[section] = {}
    for header in sorted(headers):
        for d in c_decls.scan(headers[header]):
            what, name = d.pop("what"), d.pop("name")
            section = {"function": "functions", "variable": "variables", "struct": "structs", "enum": "enums",
                       "typedef": "typedefs", "macro": "macros"}[what]
            if name in manifest[section]:
                continue  # the first definition counts (a header cannot define a name twice anyway)
            entry = {"header": header}
            if what == "struct":
                entry["members"] = [[n, t] + ([inside] if inside else []) for n, t, inside in d["members"]]
            elif what == "enum":
                entry["constants"] = [[n, v] for n, v in d["constants"]]
            else:
                entry.update(d)
            manifest[section][name] = entry
    return manifest


def from_rendered(plan, files, library_version):
    """The manifest of a generation: its public headers (files: relative path -> text, as render()
    writes them) and what the IR says about them."""
    p = plan.p
    inc = f"include/{p}/"
    headers = {rel[len(inc):]: text for rel, text in files.items() if rel.startswith(inc) and rel.endswith(".h")}
    manifest = from_headers(headers, p)
    api = plan.api
    manifest.update(title=api.title, api_version=api.version, library_version=library_version)
    _annotate(manifest, plan)
    return manifest


def from_folder(out_dir, prefix):
    """The manifest of an earlier generation in out_dir: its api.json, else (an SDK generated
    before manifests) what its public headers declare. Returns (manifest or None, a note saying
    what was read, or why nothing could be)."""
    if not os.path.isdir(out_dir) or not os.listdir(out_dir):
        return None, None   # a first generation
    path = os.path.join(out_dir, MANIFEST)
    if os.path.isfile(path):
        try:
            with open(path, encoding="utf-8") as fh:
                manifest = json.load(fh)
            if isinstance(manifest, dict) and manifest.get("format") == FORMAT:
                if manifest.get("prefix") == prefix:
                    return manifest, None
                return None, f"not compared: {out_dir} held the SDK named {manifest.get('prefix')!r}, not {prefix!r}"
            note = f"{path} is not a {FORMAT} manifest"
        except (OSError, ValueError) as exc:
            note = f"cannot read {path}: {exc}"
    else:
        note = None
    folder = os.path.join(out_dir, "include", prefix)
    if os.path.isdir(folder):
        headers = {}
        for name in sorted(os.listdir(folder)):
            if name.endswith(".h"):
                try:
                    with open(os.path.join(folder, name), encoding="utf-8") as fh:
                        headers[name] = fh.read()
                except (OSError, UnicodeDecodeError):
                    continue
        if headers:
            read = f"compared with the headers in {folder} ({note or f'no {MANIFEST}: generated before API manifests'})"
            return from_headers(headers, prefix), read
    return None, f"not compared: {note or f'{out_dir} holds no earlier SDK of {prefix} (no {MANIFEST}, no include/{prefix})'}"


def dumps(manifest):
    """The manifest as text: keys sorted, each entry of a section on a line of its own."""
    lines = ["{"]
    keys = sorted(manifest)
    for i, key in enumerate(keys):
        comma = "," if i < len(keys) - 1 else ""
        value = manifest[key]
        if key in SECTIONS:
            names = sorted(value)
            if not names:
                lines.append(f" {json.dumps(key)}: {{}}{comma}")
                continue
            lines.append(f" {json.dumps(key)}: {{")
            for j, name in enumerate(names):
                entry = json.dumps(value[name], sort_keys=True, ensure_ascii=False)
                lines.append(f"  {json.dumps(name, ensure_ascii=False)}: {entry}{',' if j < len(names) - 1 else ''}")
            lines.append(f" }}{comma}")
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value, sort_keys=True, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


# -- what the IR adds -----------------------------------------------------------------------------

def _annotate(manifest, plan):
    api, ct, p = plan.api, plan.ct, plan.p
    functions, structs, enums = manifest["functions"], manifest["structs"], manifest["enums"]
    for op in api.operations:
        fn = f"{p}_{op.c_name}"
        if fn not in functions:
            continue
        manifest["operations"][fn] = {
            "method": op.method.upper(), "path": op.path,
            "params": f"{p}_{ct.tables(op)}_params" if op.params else None,
            "body": c_decls.normalise(ct.body_decl(op)) if op.body is not None else None,
            "result": c_decls.normalise(ct.result_decl(op)) if op.result is not None else None,
        }
    sent, received = _roles(api)
    described = [(f"{p}_{s.name}", s, _role(s, sent, received)) for s in api.structs]
    described += [(f"{p}_{op.c_name}_params", op.params, "sent") for op in api.operations
                  if op.params and not op.stream_of]
    for name, s, role in described:
        entry = structs.get(name)
        if entry is None:
            continue
        entry["required"] = [f.c_name for f in s.fields if f.required and not f.read_only]
        flags = {}
        for f in s.fields:
            if f.has_flag:
                flags[f.has_flag] = f.c_name
            if f.null_flag:
                flags[f.null_flag] = f.c_name
        if flags:
            entry["flags"] = flags
        entry["role"] = role
    for u in api.unions:
        entry = structs.get(f"{p}_{u.name}")
        if entry is not None:
            entry["union"] = True
            entry["role"] = _role(u, sent, received)
    for e in api.enums:
        entry = enums.get(f"{p}_{e.name}")
        if entry is not None:
            entry["json"] = {ct.enum_const(e, c): v for c, v in zip(e.constants, e.values)}


def _role(t, sent, received):
    if t in sent and t in received:
        return "both"
    return "sent" if t in sent else "received" if t in received else "none"


def _roles(api):
    """(structs and unions the SDK sends, those it receives): reached from parameters, bodies and
    event or topic data; from results, responses and webhooks."""
    def walk(t, into):
        while t is not None and t.kind in ("array", "map"):
            t = t.elem
        if t is None or t.kind not in ("object", "union") or t.target in into:
            return
        into.add(t.target)
        if t.kind == "object":
            for f in t.target.fields:
                walk(f.type, into)
            walk(t.target.additional, into)
        else:
            for v in t.target.variants:
                walk(v.type, into)

    sent, received = set(), set()
    for op in api.operations:
        if op.params is not None:
            for f in op.params.fields:
                walk(f.type, sent)
        walk(op.body, sent)
        walk(op.result, received)
        for r in op.responses:
            walk(r.type, received)
    for t in (api.events.types if api.events else []) + (api.topics.topics if api.topics else []):
        walk(t.data, sent)
    if api.webhooks is not None:
        for v in api.webhooks.union.variants:
            walk(v.type, received)
        received.add(api.webhooks.union)
    return sent, received
