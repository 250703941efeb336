"""Formula-safe CSV cells: a cell a spreadsheet would run as a formula is written with a leading `'`.

A screen name, comment or audit detail like `=cmd|' /C calc'!A0`, `=HYPERLINK(...)` or `@SUM(...)`
comes from outside (fans write comments, the platform writes profiles) and Excel or WPS would evaluate
it on opening the export. As OWASP recommends, a cell starting with `=`, `+`, `-`, `@`, a tab or a
carriage return gets a leading `'`, which spreadsheets show as text. A plain number (`-1`, `+3.5`) is
left alone: it cannot be a formula and a quote would only spoil the column. Our own imports undo the
guard (`unguard_cell`), so an export reads back exactly; a value that itself starts with `'` and then
one of those characters gets a second quote, so that too survives the round trip.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def _needs_guard(text: str) -> bool:
    if text.startswith(FORMULA_START):
        return not _NUMBER.match(text)
    return text.startswith("'") and _needs_guard(text[1:])


def guard_cell(value: Any) -> str:
    """The cell as text a spreadsheet will not evaluate."""
    text = "" if value is None else str(value)
    return "'" + text if _needs_guard(text) else text


def guard_row(values: Iterable[Any]) -> list[str]:
    return [guard_cell(v) for v in values]


def unguard_cell(text: str) -> str:
    """Undo `guard_cell`: drop the leading `'` only where `guard_cell` would have added it."""
    return text[1:] if text.startswith("'") and _needs_guard(text[1:]) else text
