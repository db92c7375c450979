"""sdk.yaml `handwritten:` -> the C an SDK adds by hand: what is truly one vendor's (a flag
check's answer semantics, the body of an identify event), kept in one folder beside its sdk.yaml
and compiled into the SDK with the generated code.

    handwritten:
      dir: c                  # beside sdk.yaml: *.h go to include/<prefix>/, *.c to src/
      start: schematic_start  # optional: int start(<prefix>_client *, const <prefix>_config *, <prefix>_error *)
      requires: [libmagic]    # optional: pkg-config packages the C needs beyond the runtime

The files are copied as they are (the freshness check compares them too); the SDK's umbrella
header includes the headers, and <prefix>_client_new() calls `start` last, freeing the client
when it fails. The SDK's Makefile compiles and links the C with what `requires` names (through
pkg-config, as REQUIRES) and its .pc lists them as Requires.private, for static links.
"""
import os
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from .errors import SpecError

KEYS = ("dir", "start", "requires")


@dataclass
class Handwritten:
    headers: Dict[str, str] = field(default_factory=dict)   # file name -> text
    sources: Dict[str, str] = field(default_factory=dict)
    start: Optional[str] = None
    requires: List[str] = field(default_factory=list)   # pkg-config package names


def handwritten_config(node, path):
    where = f"{path}#/handwritten"
    if not isinstance(node, dict):
        raise SpecError(where, "handwritten must be a mapping with dir (and optionally start)")
    unknown = sorted(set(node) - set(KEYS), key=str)
    if unknown:
        raise SpecError(f"{where}/{unknown[0]}", f"unknown key '{unknown[0]}' (known: {', '.join(KEYS)})")
    if not isinstance(node.get("dir"), str) or not node["dir"]:
        raise SpecError(f"{where}/dir", "dir is required: the folder, beside sdk.yaml, holding the .c and .h files")
    start = node.get("start")
    if start is not None and (not isinstance(start, str) or not re.fullmatch(r"[a-z_][a-z0-9_]*", start)):
        raise SpecError(f"{where}/start", "start must be the name of a C function")
    requires = node.get("requires", [])
    if not isinstance(requires, list) or not all(isinstance(r, str) and re.fullmatch(r"[A-Za-z0-9_.+-]+", r)
                                                 for r in requires):
        raise SpecError(f"{where}/requires", "requires must be a list of pkg-config package names, e.g. [libmagic]")
    return dict(node, where=where, dir=os.path.join(os.path.dirname(os.path.abspath(path)), node["dir"]))


def load_handwritten(cfg, prefix, taken):
    """Reads the folder. taken: file names the generator writes (a handwritten file may not
    replace one)."""
    where, folder = cfg["where"], cfg["dir"]
    try:
        names = sorted(os.listdir(folder))
    except OSError as exc:
        raise SpecError(f"{where}/dir", f"cannot read {folder}: {exc.strerror}") from None
    hw = Handwritten(start=cfg.get("start"), requires=list(cfg.get("requires", [])))
    for name in names:
        if not name.endswith((".c", ".h")):
            continue
        if not re.fullmatch(r"[a-z0-9_]+\.[ch]", name):
            raise SpecError(f"{where}/dir", f"{name}: file names must be lower-case C identifiers")
        if name[:-2] in taken:
            raise SpecError(f"{where}/dir", f"{name}: the generator writes a file of that name")
        with open(os.path.join(folder, name), encoding="utf-8") as fh:
            text = fh.read()
        (hw.headers if name.endswith(".h") else hw.sources)[name] = text
    if not hw.headers and not hw.sources:
        raise SpecError(f"{where}/dir", f"{folder} holds no .c or .h file")
    if hw.start and not any(re.search(rf"\b{hw.start}\s*\(", t) for t in hw.headers.values()):
        raise SpecError(f"{where}/start", f"{hw.start}() is not declared in a header of {folder}")
    return hw
