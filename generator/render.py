"""Prints the IR through small Jinja templates into a folder, all or nothing."""
import os
import shutil
import tempfile

import jinja2

from . import docs
from . import pusher as pusher_api
from . import topics as topic_docs
from . import webhooks as webhook_docs
from .client_settings import client_statements
from .errors import SpecError
from .cmodel import CTypes, export_decl
from .ir import TypeRef
from .library import DEFAULT_LIBRARY_VERSION, RUNTIME_VERSION, pc_text

MODELS_PER_FILE = 150  # keeps each translation unit small so big specs compile in parallel


def _comment(lines, indent=""):
    """A Doxygen block comment from doc lines (empty when there are none)."""
    lines = [l for l in lines] if lines else []
    if not lines:
        return ""
    if len(lines) == 1:
        return f"{indent}/** {lines[0]} */\n"
    body = "".join(f"{indent} *{(' ' + l) if l else ''}\n" for l in lines)
    return f"{indent}/**\n{body}{indent} */\n"


def _environment():
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(os.path.join(os.path.dirname(__file__), "templates")),
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True, autoescape=False)
    env.filters["c_string"] = docs.c_string
    env.filters["comment"] = _comment
    env.filters["safe_comment"] = docs.comment_safe  # plain comments of the sources
    env.filters["doc"] = docs.inline                  # spec text in a Doxygen comment
    env.filters["code"] = docs.code                   # ... shown as code
    env.filters["export"] = export_decl               # a public declaration: {% filter export %}
    env.filters["byte_len"] = lambda s: len(str(s).encode("utf-8"))
    return env


class Plan:
    """What goes in which file; touches every type first so C names are fixed in a known order."""

    def __init__(self, api, spec_name):
        self.api = api
        self.spec_name = spec_name
        self.p = api.prefix
        self.P = api.prefix.upper()
        self.ct = CTypes(api.prefix, api.namespace)  # collections share the IR's namespace
        events = api.events
        event_structs = set(events.structs) if events else set()
        event_enums = set(events.enums) if events else set()
        topics = api.topics
        topic_structs = set(topics.structs) if topics else set()
        topic_enums = set(topics.enums) if topics else set()
        self.model_structs = [s for s in api.structs if s not in event_structs and s not in topic_structs]
        self.model_enums = [e for e in api.enums if e not in event_enums and e not in topic_enums]
        for s in self.model_structs:
            self.ct.type_sym(TypeRef("object", target=s))  # every struct has from/to_json
            self._touch_struct(s)
        for u in api.unions:  # so does every union
            self.ct.type_sym(TypeRef("union", target=u))
            for v in u.variants:
                self.ct.type_sym(v.type)
        self.model_unions = self.ct.union_order(api.unions)
        for op in api.operations:
            self.ct.param_locations.update((prm.field, prm.location) for prm in op.param_list)
            if op.params:
                self._touch_struct(op.params)
            for t in (op.body, op.result):
                if t is not None:
                    self.ct.type_sym(t)
            for r in op.responses:
                if r.type is not None:
                    self.ct.type_sym(r.type)
        # Collections made from here on belong to event data (event_data.h), not to models.h.
        first_event_collection = len(self.ct.collections)
        for s in events.structs if events else []:
            self.ct.type_sym(TypeRef("object", target=s))
            self._touch_struct(s)
        # And from here on to topic data (topic_data.h).
        first_topic_collection = len(self.ct.collections)
        for s in topics.structs if topics else []:
            self.ct.type_sym(TypeRef("object", target=s))
            self._touch_struct(s)
        self.model_collections = self.ct.collections[:first_event_collection]
        self.event_collections = self.ct.collections[first_event_collection:first_topic_collection]
        self.topic_collections = self.ct.collections[first_topic_collection:]
        self.topics = topics
        if topics:
            self.topic_docs = [topic_docs.constant_doc(t) for t in topics.topics]
            self.shortcut_docs = [topic_docs.shortcut_doc(t, self.p, self.ct.c_type(t.data)) for t in topics.topics]
        self.events = events
        if events:
            self.event_sends = [api.namespace.claim(f"events_send_{t.c_name}", ("", "_async")) for t in events.types]
            self.event_sent_callback = f"{self.p}_{api.namespace.claim('event_sent_callback')}"
            self.event_enqueues = ([api.namespace.claim(f"events_enqueue_{t.c_name}") for t in events.types]
                                   if events.batch else [])
            self.event_by_name = sorted(range(len(events.types)), key=lambda i: events.types[i].name.encode())
        self.webhooks = api.webhooks
        # Whether the SDK has a scheme of its own, which its client_new() makes the default.
        self.webhook_default = bool(api.webhooks and (api.webhooks.scheme_symbol or api.webhooks.scheme))
        if self.webhooks:
            self.webhook_type = self.ct.type_sym(TypeRef("union", target=self.webhooks.union))
            self.webhook_docs = webhook_docs.header_docs(self.webhooks, self.ct, self.p)
            self.webhook_scheme = (webhook_docs.scheme_initialiser(self.webhooks, api.title)
                                   if self.webhooks.scheme is not None else None)
        # JSON members marked as personal data anywhere in the spec or the registry: the logger
        # masks them when asked to (apic_config.pii_keys).
        self.pii_keys = sorted({f.json_name for st in api.structs for f in st.fields if f.pii})
        # What the SDK's client constructors set where the config leaves NULL, as (member, C value);
        # <prefix>_client_new() also defaults base_url, <prefix>_client_new_app() takes it from the app.
        self.client_defaults = [("user_agent", f'"{self.p}-c/" {docs.c_string(api.version)} " apic/" APIC_VERSION')]
        if self.pii_keys:
            self.client_defaults.append(("pii_keys", f"{self.p}_pii_keys"))
        if api.idempotency_header:
            self.client_defaults.append(("idempotency_header", docs.c_string(api.idempotency_header)))
        if self.webhook_default:
            self.client_defaults.append(("webhook_scheme", f"{self.p}_webhook_scheme"))
        # The Pusher protocol (sdk.yaml `pusher:`): the C type each trigger wrapper answers (`T` of
        # `T **out`, the operation's result), None when its operation answers nothing to decode.
        self.pusher = api.pusher
        self.pusher_header = pusher_api.HEADER
        if self.pusher:
            self.pusher_out = {"trigger": self._out_type(self.pusher.trigger),
                               "batch": self._out_type(self.pusher.trigger_batch)}
            self.pusher_free = {"trigger": self._free(self.pusher.trigger),
                                "batch": self._free(self.pusher.trigger_batch)}
            self.pusher_docs = pusher_api.header_docs(
                self.pusher, api, self.p, self.pusher_out, self.pusher_free, self.client_defaults,
                f"{self.p}_{api.webhooks.union.name}_from_json" if api.webhooks else None)
        # sdk.yaml `cache:`, `client:` and `handwritten:`: what <prefix>_client_new() turns on.
        self.caches = api.caches
        self.client_statements = client_statements(api.client_settings)
        self.handwritten = api.handwritten
        groups = {}
        for op in api.operations:
            groups.setdefault(op.group, []).append(op)
        self.groups = _file_stems(groups, api.prefix)
        self.chunks = [api.structs[i:i + MODELS_PER_FILE] for i in range(0, len(api.structs), MODELS_PER_FILE)]
        self.union_chunks = [api.unions[i:i + MODELS_PER_FILE] for i in range(0, len(api.unions), MODELS_PER_FILE)]
        self.result_collections = []
        seen = set()
        for op in api.operations:
            for t in (op.result, op.body):
                if t is not None and t.kind in ("array", "map") and self.ct.free_name(t) not in seen:
                    seen.add(self.ct.free_name(t))
                    self.result_collections.append(t)

    def _out_type(self, op):
        """`T` of the `T **out` through which op's wrapper answers, None when op has no result."""
        t = op.result
        if t is None:
            return None
        return "char" if t.kind in ("string", "any") else self.ct.c_type(t)

    def _free(self, op):
        """What frees op's result: its generated `_free`, or free()."""
        return (self.ct.free_name(op.result) or "free") if op.result is not None else None

    def _touch_struct(self, s):
        for f in s.fields:
            self.ct.type_sym(f.type)
        if s.additional is not None:
            self.ct.type_sym(s.additional)


# Headers and sources every SDK has; a group (tag) may not take their names.
FIXED_FILES = ("models", "client", "internal", "types", "op_table", "schema_table", "event_types", "event_data",
               "topics", "topic_data", "webhook_events", pusher_api.HEADER)


def _file_stems(groups, prefix):
    """(file stem, operations) per group: the tag's name, or `<tag>_api` when that is a file the
    SDK has anyway (OpenAI's "Models" tag would overwrite models.h); untagged operations go in
    `operations`."""
    taken = set(FIXED_FILES) | {prefix}
    out = []
    for group, ops in groups.items():
        stem = group or "operations"
        if stem in taken:
            stem = stem + "_api"
        n = 2
        base = stem
        while stem in taken:
            stem, n = f"{base}_{n}", n + 1
        taken.add(stem)
        out.append((stem, ops))
    return out


def render(api, out_dir, spec_name, library_version=DEFAULT_LIBRARY_VERSION, before_write=None):
    """Renders every file and writes them into out_dir. before_write(plan, files), when given, runs
    before anything is written: it may add files (api_diff.ApiCheck adds the API manifest), or
    raise to leave out_dir as it was."""
    plan = Plan(api, spec_name)
    env = _environment()
    files = {}
    ctx = {"api": api, "plan": plan, "ct": plan.ct, "p": plan.p, "P": plan.P, "spec_name": spec_name}
    inc = f"include/{plan.p}"
    files[f"{inc}/models.h"] = env.get_template("models.h.j2").render(ctx)
    files[f"{inc}/{plan.p}.h"] = env.get_template("sdk.h.j2").render(ctx)
    files[f"{inc}/client.h"] = env.get_template("client.h.j2").render(ctx)
    for group, ops in plan.groups:
        gctx = dict(ctx, group=group, ops=ops)
        files[f"{inc}/{group}.h"] = env.get_template("group.h.j2").render(gctx)
        files[f"src/{group}.c"] = env.get_template("group.c.j2").render(gctx)
    files["src/internal.h"] = env.get_template("internal.h.j2").render(ctx)
    files["src/types.c"] = env.get_template("types.c.j2").render(ctx)
    files["src/client.c"] = env.get_template("client.c.j2").render(ctx)
    files["src/op_table.c"] = env.get_template("op_table.c.j2").render(ctx)
    files["src/schema_table.c"] = env.get_template("schema_table.c.j2").render(ctx)
    for i, chunk in enumerate(plan.chunks):
        files[f"src/models_{i}.c"] = env.get_template("models.c.j2").render(dict(ctx, structs=chunk))
    for i, chunk in enumerate(plan.union_chunks):
        files[f"src/unions_{i}.c"] = env.get_template("unions.c.j2").render(dict(ctx, unions=chunk))
    if plan.events:
        files[f"{inc}/event_data.h"] = env.get_template("event_data.h.j2").render(ctx)
        files[f"{inc}/event_types.h"] = env.get_template("event_types.h.j2").render(ctx)
        files["src/event_types.c"] = env.get_template("event_types.c.j2").render(ctx)
    if plan.topics:
        files[f"{inc}/topic_data.h"] = env.get_template("topic_data.h.j2").render(ctx)
        files[f"{inc}/topics.h"] = env.get_template("topics.h.j2").render(ctx)
        files["src/topics.c"] = env.get_template("topics.c.j2").render(ctx)
    if plan.webhooks:
        files[f"{inc}/webhook_events.h"] = env.get_template("webhook_events.h.j2").render(ctx)
        files["src/webhook_events.c"] = env.get_template("webhook_events.c.j2").render(ctx)
    if plan.pusher:
        files[f"{inc}/{pusher_api.HEADER}.h"] = env.get_template("pusher.h.j2").render(ctx)
        files[f"src/{pusher_api.HEADER}.c"] = env.get_template("pusher.c.j2").render(ctx)
    if plan.handwritten:
        for name, text in list(plan.handwritten.headers.items()) + list(plan.handwritten.sources.items()):
            rel = f"{inc}/{name}" if name.endswith(".h") else f"src/{name}"
            if rel in files:
                raise SpecError("sdk.yaml#/handwritten/dir", f"{name}: the generator writes {rel} (a tag group of that "
                                "name); rename the file")
            files[rel] = text
    lib = dict(ctx, title=api.title, library_version=library_version, runtime_version=RUNTIME_VERSION,
               description=pc_text(f"{api.title} C SDK, generated by apic from {spec_name} (API version {api.version})"))
    files["Makefile"] = env.get_template("Makefile.j2").render(lib)
    files[f"{plan.p}.pc.in"] = env.get_template("sdk.pc.in.j2").render(lib)
    if before_write is not None:
        before_write(plan, files)
    _write_all(out_dir, files)
    return files


def _write_all(out_dir, files):
    """Writes into a sibling temporary folder, then swaps it in: a failure leaves out_dir as it was."""
    out_dir = os.path.abspath(out_dir)
    parent = os.path.dirname(out_dir)
    os.makedirs(parent, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix=".tmp-" + os.path.basename(out_dir) + "-", dir=parent)
    try:
        for rel, text in sorted(files.items()):
            path = os.path.join(tmp, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
        old = None
        if os.path.exists(out_dir):
            old = tempfile.mkdtemp(prefix=".old-" + os.path.basename(out_dir) + "-", dir=parent)
            os.rmdir(old)
            os.rename(out_dir, old)
        os.rename(tmp, out_dir)
        if old:
            shutil.rmtree(old)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
