"""Printing results: aligned tables that respect the width of Chinese characters, JSON lines, CSV."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from typing import Any, TextIO


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def print_table(out: TextIO, headers: Sequence[str], rows: Sequence[Sequence[Any]], max_col: int = 40) -> None:
    cells = [[_clip(str(c), max_col) for c in r] for r in rows]
    widths = [display_width(h) for h in headers]
    for r in cells:
        for i, c in enumerate(r):
            widths[i] = max(widths[i], display_width(c))
    out.write("  ".join(pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in cells:
        out.write("  ".join(pad(c, w) for c, w in zip(r, widths, strict=True)).rstrip() + "\n")


def _clip(text: str, limit: int) -> str:
    text = text.replace("\n", " ")
    if display_width(text) <= limit:
        return text
    out = ""
    for ch in text:
        if display_width(out + ch) > limit - 1:
            break
        out += ch
    return out + "…"


def print_json_lines(out: TextIO, items: Sequence[dict[str, Any]]) -> None:
    for item in items:
        out.write(json.dumps(item, ensure_ascii=False, default=str) + "\n")


def print_json(out: TextIO, value: Any) -> None:
    out.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def confirm(question: str, *, yes: bool, out: TextIO, refuse: str) -> bool:
    """Ask `question` on the terminal; True when confirmed. `--yes` (`yes`) confirms without asking.

    With no terminal to ask on and no `--yes`, raise `MatrixError(refuse)`: a script must say so.
    """
    import sys

    from matrix_desktop.core.errors import MatrixError

    if yes:
        return True
    if not (sys.stdin.isatty() and out.isatty()):
        raise MatrixError(f"{refuse}: there is no terminal to ask for confirmation; add --yes to go ahead")
    out.write(f"{question} [y/N] ")
    out.flush()
    return sys.stdin.readline().strip().lower() in ("y", "yes", "是")
