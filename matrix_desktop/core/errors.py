"""Errors the user can read. Every message is a sentence a person understands, never a traceback."""

from __future__ import annotations

from dataclasses import dataclass


class MatrixError(Exception):
    """Base of every error the app explains to its user."""


class ValidationError(MatrixError):
    """Input that breaks a rule; `problems` lists every one of them with where it is."""

    def __init__(self, problems: list[str] | str) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("; ".join(self.problems))


class NotFound(MatrixError):
    """The thing named does not exist (any more)."""


class PermissionDenied(MatrixError):
    """The member working lacks the role an action needs."""


class Cancelled(MatrixError):
    """The user stopped the work. A normal outcome, not a failure."""


class ConfigError(MatrixError):
    """A setting is missing or malformed."""


class ReadOnlyDatabase(MatrixError):
    """A change was asked of a database opened read-only (a read-only file or file system)."""


@dataclass(frozen=True)
class RowProblem:
    """One bad row of an imported file: its 1-based line number and why it was refused."""

    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


class ImportRejected(ValidationError):
    """A file import that found bad rows; nothing was written."""

    def __init__(self, rows: list[RowProblem]) -> None:
        self.rows = rows
        super().__init__([str(r) for r in rows])


class EditConflict(MatrixError):
    """Someone else saved the same record after it was read here; nothing was saved (optimistic concurrency).

    `kind` is "account", "plan" or "reply"; `changed` names what the other save changed (field keys such
    as "team" or "forward_time"), `by` who saved it, so a dialog can say it in the reader's language.
    """

    def __init__(self, kind: str, name: str, changed: tuple[str, ...] = (), by: str = "",
                 read_version: int = 0, version: int = 0) -> None:
        self.kind, self.name, self.changed, self.by = kind, name, tuple(changed), by
        self.read_version, self.version = read_version, version
        what = ", ".join(c.replace("_", " ") for c in self.changed) or "it"
        super().__init__(f"{kind} {name} was changed by {by or 'someone else'} since you read it (version "
                         f"{read_version}, now {version}; changed: {what}); nothing was saved: read it again "
                         "and make your change on the new version")


def changed_keys(stored: str) -> tuple[str, ...]:
    """The field keys a row's `changed_fields` column holds (comma-separated)."""
    return tuple(k for k in stored.split(",") if k)
