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
