"""Server URLs: the document's first server (the SDK's default base URL) and an operation's own
(`servers` on the operation or its path item), with their variables at their defaults."""
import re

from .errors import SpecError

_ABSOLUTE = re.compile(r"^https?://[^/?#\s]+", re.IGNORECASE)


def server_url(server):
    """servers[i] -> its URL, variables replaced by their defaults, without a trailing slash."""
    url = str(server.get("url", ""))
    for var, spec in (server.get("variables") or {}).items():
        if isinstance(spec, dict) and "default" in spec:
            url = url.replace("{" + var + "}", str(spec["default"]))
    return url.rstrip("/")


def operation_server(servers, where, base_url, diags):
    """The operation's own server when it differs from the document's, else None. A relative
    URL (resolved against the document's location, which an SDK does not have) is warned about
    and left to config.base_url."""
    if not isinstance(servers, list):
        raise SpecError(str(where), "servers must be a list of server objects")
    if not servers:
        return None
    if not isinstance(servers[0], dict) or not isinstance(servers[0].get("url"), str):
        raise SpecError(str(where.child(0)), "a server needs a url (a string)")
    url = server_url(servers[0])
    if url == base_url:
        return None
    if not _ABSOLUTE.match(url) or "{" in url or any(c.isspace() for c in url):
        diags.warn(str(where.child(0, "url")), f"server '{url}' is not an absolute http(s) URL; the operation is sent "
                   "to config.base_url")
        return None
    return url
