"""Document -> Api: checks the version, converts components and operations in document order."""
import os
import re

from . import docs
from .errors import Diagnostics, SpecError
from .ir import Api
from .loader import Loader, Location, escape_token
from .names import Namespace
from .operations import OperationBuilder
from .schemas import SchemaConverter

# Names the generated client API itself uses (prefix_client, prefix_config, ...).
CLIENT_NAMES = ("client", "client_new", "client_free", "config", "error", "error_clear", "default_base_url",
                "version")


def build_api(spec_path, prefix, title=None, version=None):
    loader = Loader()
    root = loader.load(spec_path)
    root_loc = Location(os.path.abspath(spec_path), "")
    _check_document(root, root_loc)
    diags = Diagnostics()
    names = Namespace(CLIENT_NAMES)
    converter = SchemaConverter(loader, diags, names, CLIENT_NAMES)
    schemas = (root.get("components") or {}).get("schemas") or {}
    if not isinstance(schemas, dict):
        raise SpecError(str(root_loc.child("components", "schemas")), "components/schemas must be an object")
    for name in schemas:
        converter.convert({"$ref": "#/components/schemas/" + escape_token(name)}, root_loc, name)
    ops_builder = OperationBuilder(loader, diags, names, converter, root, root_loc)
    operations = ops_builder.build_all()
    info = root.get("info") or {}
    return Api(prefix=prefix, title=title or str(info.get("title", prefix)),
               version=version or str(info.get("version", "0")),
               description=docs.wrap(info["description"]) if isinstance(info.get("description"), str) else [],
               base_url=_base_url(root), structs=converter.structs, enums=converter.enums,
               operations=operations, security_schemes=list(ops_builder.schemes.values()),
               warnings=diags.warnings, namespace=names, loader=loader)


def _check_document(root, loc):
    if not isinstance(root, dict):
        raise SpecError(str(loc), "the document must be an object")
    if "swagger" in root:
        raise SpecError(str(loc.child("swagger")), f"this is a Swagger {root['swagger']} document; only OpenAPI 3.0 "
                        "and 3.1 are supported (convert it first, e.g. with swagger2openapi)")
    version = root.get("openapi")
    if not isinstance(version, str) or not re.fullmatch(r"3\.[01]\.\d+(-.+)?", version):
        raise SpecError(str(loc.child("openapi")), f"expected an OpenAPI version 3.0.x or 3.1.x, found {version!r}")
    if "paths" not in root and "webhooks" not in root and "components" not in root:
        raise SpecError(str(loc), "the document has no paths, webhooks or components")


def _base_url(root):
    servers = root.get("servers")
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], dict):
        return ""
    url = str(servers[0].get("url", ""))
    for var, spec in (servers[0].get("variables") or {}).items():
        if isinstance(spec, dict) and "default" in spec:
            url = url.replace("{" + var + "}", str(spec["default"]))
    return url.rstrip("/")
