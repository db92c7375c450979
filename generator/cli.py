"""Command line: python3 -m generator --spec FILE --name PREFIX --out DIR."""
import argparse
import json
import os
import sys
import time

import yaml

from .api_diff import FAIL_ON, ApiCheck
from .build import build_api
from .cache import cache_config, load_caches
from .client_settings import client_config
from .errors import SpecError
from .handwritten import handwritten_config, load_handwritten
from .library import library_version
from .names import c_ident
from .overlays import overlays_config
from .pusher import pusher_config
from .render import FIXED_FILES, render
from .samples import write_samples
from .swagger2 import TARGET as UPGRADE_TARGET
from .topics import topics_config
from .webhooks import webhooks_config


def _parser():
    ap = argparse.ArgumentParser(
        prog="python3 -m generator",
        description="Generate a typed C SDK (headers, descriptor tables, one function per operation) "
                    "from an OpenAPI 3.0/3.1 document (or Swagger 2.0, upgraded to 3.0 first). The output links "
                    "against the apic runtime.")
    ap.add_argument("--spec", required=True, help="OpenAPI document (YAML or JSON); $refs to other files are followed")
    ap.add_argument("--name", help="C prefix and library name, e.g. esauti (default: from --config, else the file name)")
    ap.add_argument("--out", required=True, help="output folder; replaced only when generation succeeds")
    ap.add_argument("--config", help="sdk.yaml with name, title and version overrides")
    ap.add_argument("--library-version", help="MAJOR.MINOR.PATCH of the generated library (its soname is the major; "
                    "default: library_version in --config, else 0.1.0)")
    ap.add_argument("--overlay", action="append", default=[], metavar="FILE",
                    help="an Overlay 1.0.0 document to apply to the spec first (docs/overlays.md); repeat it, or "
                    "separate files with commas, to apply several in order, after sdk.yaml's overlays")
    ap.add_argument("--samples", help="also write sample requests (JSON per operation) to this file, for tests")
    ap.add_argument("--write-spec", metavar="FILE", help="also write the document as the overlays left it (JSON; "
                    "Swagger 2.0 as upgraded to OpenAPI 3.0), "
                    "for a mock server that should serve what the SDK was made from")
    ap.add_argument("--fail-on-breaking", nargs="?", const="source", choices=FAIL_ON, metavar="source|binary|any",
                    help="every generation writes --out/api.json (its C API) and prints what changed since the "
                    "generation it replaces, each change marked breaking or compatible for source and for binary "
                    "compatibility; with this flag, exit 1 and leave --out as it was when a change breaks source "
                    "compatibility (the default), binary compatibility (the ABI), or any")
    ap.add_argument("--quiet", action="store_true", help="print only errors")
    return ap


def _load_config(path):
    if not path:
        return {}
    try:
        with open(path, encoding="utf-8") as fh:
            cfg = yaml.safe_load(fh) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise SpecError(path, f"cannot read the SDK config: {exc}") from None
    if not isinstance(cfg, dict):
        raise SpecError(path, "the SDK config must be a mapping")
    known = ("name", "title", "version", "library_version", "events", "topics", "webhooks", "pusher", "cache", "client",
             "handwritten", "overlays")
    unknown = sorted(set(cfg) - set(known))
    if unknown:
        raise SpecError(f"{path}#/{unknown[0]}", f"unknown config key '{unknown[0]}' (known: {', '.join(known)})")
    if "events" in cfg:
        cfg["events"] = _events_config(cfg["events"], path)
    if "topics" in cfg:
        cfg["topics"] = topics_config(cfg["topics"], path)
    if "webhooks" in cfg:
        cfg["webhooks"] = webhooks_config(cfg["webhooks"], path)
    if "pusher" in cfg:
        cfg["pusher"] = pusher_config(cfg["pusher"], path)
    if "cache" in cfg:
        cfg["cache"] = cache_config(cfg["cache"], path)
    if "client" in cfg:
        cfg["client"] = client_config(cfg["client"], path)
    if "handwritten" in cfg:
        cfg["handwritten"] = handwritten_config(cfg["handwritten"], path)
    if "overlays" in cfg:
        cfg["overlays"] = overlays_config(cfg["overlays"], path)
    return cfg


def _command_line_overlays(values):
    """--overlay a.yaml --overlay b.yaml,c.yaml -> [a.yaml, b.yaml, c.yaml]."""
    out = []
    for value in values:
        for item in value.split(","):
            if not item.strip():
                raise SpecError("--overlay", f"an empty file name in '{value}'")
            out.append(item.strip())
    return out


def _events_config(ev, path):
    """`events: {registry: events.yaml, operation: <operationId>, batch_operation: <operationId>,
    source_header: <header>}` (docs/event-registry.md)."""
    if not isinstance(ev, dict):
        raise SpecError(f"{path}#/events", "events must be a mapping with registry, operation and source_header")
    unknown = sorted(set(ev) - {"registry", "operation", "batch_operation", "source_header"})
    if unknown:
        raise SpecError(f"{path}#/events/{unknown[0]}",
                        f"unknown key '{unknown[0]}' (known: registry, operation, batch_operation, source_header)")
    for key in ("registry", "operation"):
        if not isinstance(ev.get(key), str) or not ev[key]:
            raise SpecError(f"{path}#/events/{key}", f"{key} is required (a string)")
    if "batch_operation" in ev and (not isinstance(ev["batch_operation"], str) or not ev["batch_operation"]):
        raise SpecError(f"{path}#/events/batch_operation", "batch_operation must be an operationId (a string)")
    if "source_header" in ev and not isinstance(ev["source_header"], str):
        raise SpecError(f"{path}#/events/source_header", "source_header must be a header name")
    return dict(ev, registry=os.path.join(os.path.dirname(path), ev["registry"]), config=path)


def _write_json(path, document):
    """Writes the whole file or nothing: a half-written document would be served as the spec."""
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=1)
        f.write("\n")
    os.replace(tmp, path)


def _source_name(spec, overlays, upgraded_from):
    """What the generated files say they come from: the spec, the overlays that changed it, and
    the version it was upgraded from."""
    name = os.path.basename(spec)
    if overlays:
        name += f" with overlay{'s' if len(overlays) > 1 else ''} " + ", ".join(os.path.basename(o) for o in overlays)
    if upgraded_from:
        name += f" ({upgraded_from}, upgraded to OpenAPI {UPGRADE_TARGET})"
    return name


def main(argv=None):
    args = _parser().parse_args(argv)
    started = time.monotonic()
    try:
        cfg = _load_config(args.config)
        raw_name = args.name or cfg.get("name") or os.path.splitext(os.path.basename(args.spec))[0]
        prefix = c_ident(raw_name)
        if prefix != raw_name:
            raise SpecError("--name", f"'{raw_name}' is not a C identifier in lower snake case (try '{prefix}')")
        overlays = cfg.get("overlays", []) + _command_line_overlays(args.overlay)
        api = build_api(args.spec, prefix, cfg.get("title"), cfg.get("version"), cfg.get("events"), cfg.get("topics"),
                        cfg.get("webhooks"), cfg.get("pusher"), overlays)
        api.caches = load_caches(cfg.get("cache"), api.operations)
        api.client_settings = cfg.get("client") or {}
        if "handwritten" in cfg:
            api.handwritten = load_handwritten(cfg["handwritten"], prefix, set(FIXED_FILES) | {prefix})
        lib_version = (library_version(args.library_version, "--library-version") if args.library_version
                       else library_version(cfg.get("library_version"), f"{args.config}#/library_version"))
        check = ApiCheck(args.out, lib_version, args.fail_on_breaking)
        files = render(api, args.out, _source_name(args.spec, overlays, api.upgraded_from), lib_version,
                       before_write=check)
        if args.samples:
            write_samples(api, api.loader, args.samples, args.spec)
        if args.write_spec:
            _write_json(args.write_spec, api.loader.load(args.spec))
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for w in api.warnings:
        print(f"warning: {w}", file=sys.stderr)
    if not args.quiet:
        print(f"generated {prefix}: {len(api.operations)} operations, {len(api.structs)} structs, "
              f"{len(api.enums)} enums, {len(files)} files in {args.out} "
              f"({time.monotonic() - started:.2f}s, {len(api.warnings)} warnings)")
        for line in check.lines():  # what changed in the C API since the earlier generation in --out
            print(line)
    return 0
