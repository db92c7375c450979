"""sdk.yaml `client:` -> what the SDK's constructors set where the config leaves zero: the
vendor SDK's own defaults, so that a client behaves like theirs out of the box.

    client:
      timeout_ms: 60000         # config.timeout_ms
      max_retries: 2            # config.retry.max_retries
      conflict_is_final: true   # config.conflict_is_final: 409 is not retried
"""
from .errors import SpecError

KEYS = ("timeout_ms", "max_retries", "conflict_is_final")


def client_config(node, path):
    where = f"{path}#/client"
    if not isinstance(node, dict) or not node:
        raise SpecError(where, f"client must be a mapping of {', '.join(KEYS)}")
    unknown = sorted(set(node) - set(KEYS), key=str)
    if unknown:
        raise SpecError(f"{where}/{unknown[0]}", f"unknown key '{unknown[0]}' (known: {', '.join(KEYS)})")
    if "timeout_ms" in node and not _whole(node["timeout_ms"], 1, 2 ** 31 - 1):
        raise SpecError(f"{where}/timeout_ms", "timeout_ms must be a positive number of milliseconds")
    if "max_retries" in node and not _whole(node["max_retries"], 0, 100):
        raise SpecError(f"{where}/max_retries", "max_retries must be a whole number from 0 to 100")
    if "conflict_is_final" in node and not isinstance(node["conflict_is_final"], bool):
        raise SpecError(f"{where}/conflict_is_final", "conflict_is_final must be true or false")
    return dict(node)


def _whole(value, low, high):
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def client_statements(settings):
    """C statements for <prefix>_client_new(), on `copy` (an apic_config): each applies a default
    only where the caller left the member zero."""
    out = []
    if "timeout_ms" in settings:
        out.append(f"if (copy.timeout_ms == 0) copy.timeout_ms = {settings['timeout_ms']};")
    if "max_retries" in settings:
        # 0 is the runtime's default, so an SDK default of no retries is APIC_NO_RETRY.
        value = settings["max_retries"] if settings["max_retries"] > 0 else "APIC_NO_RETRY"
        out.append(f"if (copy.retry.max_retries == 0) copy.retry.max_retries = {value};")
    if settings.get("conflict_is_final"):
        out.append("copy.conflict_is_final = true;")
    return out
