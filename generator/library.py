"""What makes a generated SDK an installable library: its version (the soname's major), the
runtime version it needs, and the text of its build and pkg-config files."""
import re

from .errors import SpecError

# The apic runtime this generator writes code for (runtime/include/apic/version.h; a test keeps
# the two equal). A generated SDK's pkg-config file requires at least this version.
RUNTIME_VERSION = "0.1.0"
# The version of a generated library when sdk.yaml or --library-version says none.
DEFAULT_LIBRARY_VERSION = "0.1.0"


def library_version(value, where):
    """MAJOR.MINOR.PATCH, each a number: the shared library is lib<name>.so.MAJOR.MINOR.PATCH and
    its soname lib<name>.so.MAJOR, so raise MAJOR when a regeneration changes a struct or a signature."""
    if value is None:
        return DEFAULT_LIBRARY_VERSION
    text = str(value)
    if not re.fullmatch(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)", text):
        raise SpecError(where, f"library version must be MAJOR.MINOR.PATCH (numbers), e.g. 1.2.0; found {text!r}")
    return text


def pc_text(text):
    """One line a pkg-config file can hold: no line breaks, and '$' (a variable there) doubled."""
    return " ".join(str(text).split()).replace("$", "$$")
