"""Problems found in an input document, each tied to the JSON pointer of the node at fault."""


class SpecError(Exception):
    """A problem that stops generation. `where` is `file#/json/pointer`."""

    def __init__(self, where, message):
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message


class Diagnostics:
    """Collects warnings (degraded constructs) so the run can report them all at the end."""

    def __init__(self, place=None):
        self.warnings = []
        self._place = place  # where -> the place to name instead (a Swagger 2.0 node moved by its upgrade)

    def warn(self, where, message):
        entry = f"{self._place(where) if self._place else where}: {message}"
        if entry not in self.warnings:
            self.warnings.append(entry)
