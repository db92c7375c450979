"""What changed in the C API when an SDK is generated again (the generator's --out folder held
an earlier generation): operations and other functions, structs, unions, enums, typedefs and
macros added, removed or changed, each marked for source and for binary compatibility.

- Source compatibility: code that compiled against the earlier headers still compiles and means
  the same (a member or constant it names is still there with its type; a request it built
  still carries what the API requires).
- Binary compatibility (the ABI): a program built against the earlier library still works with
  the new one without being recompiled. Broken by a function or object removed or its signature
  changed, and by a struct whose size or layout changes: a member added (SDK structs end with
  `unknown_fields`, so every added member moves it and changes the size users allocate,
  parameters and bodies, and the stride of `items` arrays), removed, retyped or moved; by an
  enum constant renumbered; by a union variant that makes `as` larger.

The comparison reads two manifests (api_manifest.py): the one this generation writes into the
output as api.json, and the earlier one from the folder it replaces (or, without one, its
headers). ApiCheck is called by render() between rendering and writing, so with
--fail-on-breaking a failing check leaves the folder as it was.
"""
import re

from . import api_manifest, c_decls
from .errors import SpecError

_SECTION_ORDER = {s: i for i, s in enumerate(("functions", "variables", "structs", "enums", "typedefs", "macros"))}
# Names derived from another declaration (its functions, its descriptor, its companion types):
# added or removed with their owner, they are not reported separately.
_OWNED = (("functions", ("_free", "_from_json", "_to_json"), ("structs",)),
          ("variables", ("_desc",), ("structs",)),
          ("functions", ("_to_string",), ("enums",)),
          ("variables", ("_op",), ("functions",)),
          ("structs", ("_params",), ("functions",)),
          ("structs", ("_val",), ("enums",)),
          ("structs", ("_array", "_map"), ("structs", "enums")),
          ("enums", ("_kind",), ("structs",)))
FAIL_ON = ("source", "binary", "any")


class Change:
    """One difference: what (`struct petstore_pet`), how (`member 'tag' removed`), and whether it
    breaks source or binary compatibility."""

    def __init__(self, source, binary, section, subject, text):
        self.source, self.binary = source, binary
        self.section, self.subject, self.text = section, subject, text

    @property
    def marks(self):
        broken = [k for k, v in (("source", self.source), ("binary", self.binary)) if v]
        return f"breaking({', '.join(broken)})" if broken else "compatible"

    def breaks(self, fail_on):
        return {"source": self.source, "binary": self.binary, "any": self.source or self.binary}[fail_on]

    def __str__(self):
        return f"{self.marks}: {self.subject}: {self.text}"

    def __repr__(self):
        return f"Change({self})"


def compare(old, new):
    """The changes from manifest old to manifest new, grouped by kind of declaration and name."""
    changes = []
    changes += _functions(old, new)
    changes += _variables(old, new)
    changes += _structs(old, new)
    changes += _enums(old, new)
    changes += _simple(old, new, "typedefs", "typedef", "type")
    changes += _simple(old, new, "macros", "macro", "value")
    order = {id(c): i for i, c in enumerate(changes)}
    return sorted(changes, key=lambda c: (_SECTION_ORDER[c.section], c.subject.split(" ", 1)[1], order[id(c)]))


def summary(changes):
    source = sum(1 for c in changes if c.source)
    binary = sum(1 for c in changes if c.binary)
    compatible = sum(1 for c in changes if not c.source and not c.binary)
    return f"api changes: {source} breaking (source), {binary} breaking (binary), {compatible} compatible"


def report(changes, old=None, new=None):
    """The lines printed for changes: a summary, a line per change, and a reminder to raise the
    library's major version when the ABI breaks and the version kept it. Nothing when nothing changed."""
    if not changes:
        return []
    lines = [summary(changes)] + [f"  {c}" for c in changes]
    if any(c.binary for c in changes) and old and new:
        before, after = old.get("library_version"), new.get("library_version")
        if before and after and before.split(".")[0] == after.split(".")[0]:
            lines.append(f"note: the ABI changed but the library version is {after} (was {before}): the soname "
                         f"lib{new.get('prefix')}.so.{after.split('.')[0]} stays; raise the major version "
                         "(library_version in sdk.yaml, or --library-version) before shipping the shared library")
    return lines


class BreakingChanges(SpecError):
    """--fail-on-breaking found changes it refuses; the output folder was left as it was."""

    def __init__(self, check, failing):
        kind = {"source": "source", "binary": "binary", "any": "source or binary"}[check.fail_on]
        lines = check.lines()
        many = len(failing) != 1
        super().__init__("--fail-on-breaking", f"{len(failing)} change{'s' if many else ''} break{'' if many else 's'} "
                         f"{kind} compatibility; {check.out_dir} was left as it was\n" + "\n".join(lines))
        self.changes = check.changes
        self.failing = failing


class ApiCheck:
    """Called by render() with the plan and the rendered files before anything is written: adds
    the manifest (api.json) to the files, compares it with the earlier generation in out_dir,
    and with fail_on (source, binary or any) raises BreakingChanges when a change breaks that
    compatibility, so that out_dir is not replaced."""

    def __init__(self, out_dir, library_version, fail_on=None):
        if fail_on not in (None,) + FAIL_ON:
            raise SpecError("--fail-on-breaking", f"'{fail_on}' is not one of {', '.join(FAIL_ON)}")
        self.out_dir, self.library_version, self.fail_on = out_dir, library_version, fail_on
        self.old = self.new = None
        self.changes = None   # None: nothing to compare with
        self.note = None      # what was compared with, or why nothing was

    def __call__(self, plan, files):
        self.new = api_manifest.from_rendered(plan, files, self.library_version)
        files[api_manifest.MANIFEST] = api_manifest.dumps(self.new)
        self.old, self.note = api_manifest.from_folder(self.out_dir, plan.p)
        if self.old is not None:
            self.changes = compare(self.old, self.new)
        if self.fail_on and self.changes:
            failing = [c for c in self.changes if c.breaks(self.fail_on)]
            if failing:
                raise BreakingChanges(self, failing)

    def lines(self):
        """What to print after a generation: the note, then the report (nothing when nothing changed)."""
        out = [f"api changes: {self.note}"] if self.note and (self.changes is None or self.changes) else []
        return out + report(self.changes or [], self.old, self.new)


# -- comparisons ----------------------------------------------------------------------------------

def _owner(manifest, section, name):
    """(section, name) of the declaration name derives from in manifest, or None."""
    for sec, suffixes, owners in _OWNED:
        if sec != section:
            continue
        for suffix in suffixes:
            if name.endswith(suffix):
                base = name[:-len(suffix)]
                for o in owners:
                    if base in manifest.get(o, {}):
                        return o, base
    return None


def _follows_owner(manifest, other, section, name):
    """Whether name, present in manifest and not in other, comes and goes with its owner."""
    owner = _owner(manifest, section, name)
    return owner is not None and owner[1] not in other.get(owner[0], {})


def _added_removed(old, new, section):
    """(removed names, added names, common names) of a section, sorted, without derived names that
    come or go with their owner."""
    o, n = old.get(section, {}), new.get(section, {})
    removed = [x for x in sorted(set(o) - set(n)) if not _follows_owner(old, new, section, x)]
    added = [x for x in sorted(set(n) - set(o)) if not _follows_owner(new, old, section, x)]
    return removed, added, sorted(set(o) & set(n))


def _param_types(signature):
    """A function's return type and parameter types, without the names."""
    head, _, rest = signature.partition("(")
    params = [c_decls.declarator(p) for p in c_decls.split_top(rest[:rest.rfind(")")], ",")]
    name_at = re.search(r"[A-Za-z_]\w*\s*$", head)
    return [head[:name_at.start()].strip() if name_at else head] + [t for _, t in params]


def _show(value):
    return value if value is not None else "none"


def _moved(section, subject, o, n, old, new, name):
    """A compatible change when a declaration moved to another header (code including the SDK's
    umbrella header does not mind), unless it follows an owner that moved too."""
    if o.get("header") == n.get("header") or _owner(new, section, name):
        return []
    return [Change(False, False, section, subject, f"now declared in {n.get('header')} (was {o.get('header')}; "
                   f"include <{new.get('prefix')}/{new.get('prefix')}.h> not to mind)")]


def _functions(old, new):
    out = []
    ops_old, ops_new = old.get("operations", {}), new.get("operations", {})

    def subject(name, ops):
        return f"operation {name}" if name in ops else f"function {name}"

    def request(op):
        return f" ({op['method']} {op['path']})" if op else ""

    removed, added, common = _added_removed(old, new, "functions")
    for name in removed:
        out.append(Change(True, True, "functions", subject(name, ops_old), "removed" + request(ops_old.get(name))))
    for name in added:
        out.append(Change(False, False, "functions", subject(name, ops_new), "added" + request(ops_new.get(name))))
    for name in common:
        o, n = old["functions"][name], new["functions"][name]
        subj = subject(name, ops_new)
        if o["signature"] != n["signature"]:
            details = []
            if name in ops_old and name in ops_new:
                for key, what in (("params", "parameter struct"), ("body", "body"), ("result", "result")):
                    a, b = ops_old[name].get(key), ops_new[name].get(key)
                    if a != b:
                        details.append(f"{what} {_show(a)} -> {_show(b)}")
            if details:
                out += [Change(True, True, "functions", subj, d) for d in details]
            elif _param_types(o["signature"]) == _param_types(n["signature"]):
                out.append(Change(False, False, "functions", subj,
                                  f"parameter names changed: {o['signature']} -> {n['signature']}"))
            else:
                out.append(Change(True, True, "functions", subj,
                                  f"signature changed: {o['signature']} -> {n['signature']}"))
        if name in ops_old and name in ops_new:
            a, b = ops_old[name], ops_new[name]
            if (a["method"], a["path"]) != (b["method"], b["path"]):
                out.append(Change(False, False, "functions", subj,
                                  f"request now {b['method']} {b['path']} (was {a['method']} {a['path']})"))
        out += _moved("functions", subj, o, n, old, new, name)
    return out


def _variables(old, new):
    out = []
    removed, added, common = _added_removed(old, new, "variables")
    out += [Change(True, True, "variables", f"object {x}", "removed") for x in removed]
    out += [Change(False, False, "variables", f"object {x}", "added") for x in added]
    for name in common:
        o, n = old["variables"][name], new["variables"][name]
        if o["declaration"] != n["declaration"]:
            out.append(Change(True, True, "variables", f"object {name}",
                              f"declaration changed: {o['declaration']} -> {n['declaration']}"))
        out += _moved("variables", f"object {name}", o, n, old, new, name)
    return out


_SIZES = {"bool": 1, "char": 1, "int32_t": 4, "uint32_t": 4, "int": 4, "float": 4, "int64_t": 8, "uint64_t": 8,
          "double": 8, "size_t": 8, "long": 8}


def _size(ctype):
    """Size in bytes of a member of C type ctype on LP64, when known from its spelling alone."""
    if ctype.endswith("*"):
        return 8
    if ctype in _SIZES:
        return _SIZES[ctype]
    if ctype.endswith("_val") or ctype.endswith("_array"):
        return 16   # {value, other}, {items, count}
    if ctype.endswith("_map"):
        return 24   # {keys, values, count}
    return None


def _fits(ctype, others):
    """Whether a new variant of type ctype fits in the space of the earlier variants (the union
    `as` keeps its size)."""
    size, sizes = _size(ctype), [_size(t) for t in others]
    return size is not None and sizes and None not in sizes and size <= max(sizes)


def _kind(entry):
    return "union" if entry.get("union") else "struct"


def _structs(old, new):
    out = []
    removed, added, common = _added_removed(old, new, "structs")
    out += [Change(True, True, "structs", f"{_kind(old['structs'][x])} {x}", "removed") for x in removed]
    out += [Change(False, False, "structs", f"{_kind(new['structs'][x])} {x}", "added") for x in added]
    for name in common:
        o, n = old["structs"][name], new["structs"][name]
        subj = f"{_kind(n)} {name}"
        out += _members(subj, o, n)
        out += _moved("structs", subj, o, n, old, new, name)
    return out


def _members(subj, o, n):
    out = []
    om = [(m[0], m[1], len(m) > 2 and m[2] == "union") for m in o.get("members", [])]
    nm = [(m[0], m[1], len(m) > 2 and m[2] == "union") for m in n.get("members", [])]
    oi = {m[0]: m for m in om}
    ni = {m[0]: m for m in nm}
    o_flags, n_flags = o.get("flags", {}), n.get("flags", {})
    role = n.get("role") if "role" in o else None
    known_required = "required" in o and "required" in n
    o_req, n_req = set(o.get("required", [])), set(n.get("required", []))
    variant_types = [t for _, t, inu in om if inu]

    def with_companions(name, flags, present, others):
        """` (with has_x)` for the companions of member name that come or go with it."""
        comp = [f for f, of in flags.items() if of == name and f in present and f not in others]
        return f", with {', '.join(sorted(comp))}" if comp else ""

    def flag_reason(flag, flags, gone):
        """Why a companion flag of a member kept came or went."""
        field = flags.get(flag)
        if field is None or field not in oi or field not in ni:
            return ""
        if oi[field][1] != ni[field][1]:
            return f"; '{field}' is retyped"
        if flag.startswith("has_"):
            return f"; '{field}' is now {'required' if gone else 'optional'}"
        return f"; '{field}' is {'no longer' if gone else 'now'} nullable"

    for name, ctype, inu in om:
        if name in ni:
            continue
        field = o_flags.get(name)
        if field is not None and field not in ni:
            continue  # a companion of a member removed: said on its line
        what = "variant" if inu else "member"
        out.append(Change(True, True, "structs", subj, f"{what} '{name}' removed"
                          + with_companions(name, o_flags, oi, ni) + flag_reason(name, o_flags, True)))
    for name, ctype, inu in nm:
        if name in oi:
            continue
        field = n_flags.get(name)
        if field is not None and field not in oi:
            continue
        if inu:
            binary = not _fits(ctype, variant_types)
            out.append(Change(False, binary, "structs", subj, f"variant '{name}' added ({ctype}"
                              + ("; `as` may grow" if binary else "") + ")"))
            continue
        required = known_required and name in n_req and field is None
        source = required and role in ("sent", "both")
        out.append(Change(source, True, "structs", subj, f"member '{name}' added ({ctype}"
                          + with_companions(name, n_flags, ni, oi) + flag_reason(name, n_flags, False)
                          + ("; required: code that does not set it no longer makes a valid request" if source
                             else "; required" if required else "") + "; the struct's size changes)"))
    for name, ctype, inu in om:
        if name not in ni:
            continue
        _, ntype, ninu = ni[name]
        if ctype != ntype:
            out.append(Change(True, True, "structs", subj, f"{'variant' if inu else 'member'} '{name}' retyped: "
                              f"{ctype} -> {ntype}"))
        if inu != ninu:
            out.append(Change(True, True, "structs", subj, f"member '{name}' moved {'out of' if inu else 'into'} `as`"))
        if known_required and name not in o_flags and name not in n_flags:
            if name in n_req and name not in o_req:
                source = role in ("sent", "both")
                out.append(Change(source, False, "structs", subj, f"member '{name}' now required"
                                  + ("; code that does not set it no longer makes a valid request" if source else "")))
            elif name in o_req and name not in n_req:
                source = role in ("received", "both")
                out.append(Change(source, False, "structs", subj, f"member '{name}' now optional"
                                  + ("; it may be absent in what the server sends" if source else "")))
    before = [m for m, _, inu in om if m in ni and not inu and not ni[m][2]]
    after = [m for m, _, inu in nm if m in oi and not inu and not oi[m][2]]
    if before != after:
        moved = [m for i, m in enumerate(after) if before.index(m) != i]
        out.append(Change(False, True, "structs", subj, f"members reordered ({', '.join(moved)} moved)"))
    return out


def _constant(entry, const):
    text = entry.get("json", {}).get(const)
    return f"value '{text}' ({const})" if text is not None else f"constant {const}"


def _enums(old, new):
    out = []
    removed, added, common = _added_removed(old, new, "enums")
    out += [Change(True, True, "enums", f"enum {x}", "removed") for x in removed]
    out += [Change(False, False, "enums", f"enum {x}", "added") for x in added]
    for name in common:
        o, n = old["enums"][name], new["enums"][name]
        subj = f"enum {name}"
        oc = {c: v for c, v in o.get("constants", [])}
        nc = {c: v for c, v in n.get("constants", [])}
        for c, v in o.get("constants", []):
            if c not in nc:
                out.append(Change(True, True, "enums", subj, f"{_constant(o, c)} removed (was {v})"))
        for c, v in n.get("constants", []):
            if c not in oc:
                out.append(Change(False, False, "enums", subj, f"{_constant(n, c)} added (= {v})"))
        for c, v in o.get("constants", []):
            if c in nc and nc[c] != v:
                out.append(Change(False, True, "enums", subj, f"{_constant(n, c)} renumbered: {v} -> {nc[c]}"))
        out += _moved("enums", subj, o, n, old, new, name)
    return out


def _simple(old, new, section, label, key):
    """Typedefs and macros: removing one breaks source code only (neither is in the binary); a
    typedef naming another type breaks both; a macro's new value is compatible."""
    out = []
    removed, added, common = _added_removed(old, new, section)
    out += [Change(True, False, section, f"{label} {x}", "removed") for x in removed]
    out += [Change(False, False, section, f"{label} {x}", "added") for x in added]
    for name in common:
        a, b = old[section][name][key], new[section][name][key]
        if a != b:
            out.append(Change(section == "typedefs", section == "typedefs", section, f"{label} {name}",
                              f"now {b} (was {a})"))
    return out
