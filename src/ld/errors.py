"""One error hierarchy. Each front end (CLI, HTTP) maps these to exit codes or responses in one place."""

from __future__ import annotations


class MilcoopError(Exception):
    """Base of every error we raise on purpose. ``exit_code`` is documented in the README."""

    exit_code = 1
    http_status = 500


class ConfigError(MilcoopError):
    exit_code = 2


class CurationError(MilcoopError):
    """A mistake in a curation file, located by file and line."""

    exit_code = 3

    def __init__(self, file, line: int | None, message: str):
        self.file, self.line, self.message = str(file), line, message
        where = f"{self.file}:{line}" if line else self.file
        super().__init__(f"{where}: {message}")


class CurationErrors(MilcoopError):
    """Several curation mistakes, reported together so a curator fixes them in one pass."""

    exit_code = 3

    def __init__(self, errors: list[CurationError]):
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors) + f"\n{len(errors)} curation error(s)")


class ValidationFailed(MilcoopError):
    """SHACL found violations; the report says where."""

    exit_code = 4

    def __init__(self, report_text: str, count: int):
        self.report_text, self.count = report_text, count
        super().__init__(f"SHACL validation failed with {count} violation(s)")


class InconsistentOntology(MilcoopError):
    """The reasoner found the ontology plus data inconsistent, or classes unsatisfiable."""

    exit_code = 5


class QueryError(MilcoopError):
    """A SPARQL query the engine rejected; the message is the engine's."""

    exit_code = 6
    http_status = 400


class NotBuilt(MilcoopError):
    exit_code = 7

    def __init__(self, build_dir):
        super().__init__(f"no build in {build_dir}: run `milcoop build` first")
