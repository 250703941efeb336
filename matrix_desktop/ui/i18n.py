"""Interface language: English source strings, Simplified Chinese the default.

A small catalogue instead of Qt's .ts/.qm pipeline: `ui/translations/<language>/*.json`, one file per
area, merged at start. The strings live in Python, so a test checks that every one has a translation.
"""

from __future__ import annotations

import json
from importlib import resources

_catalogue: dict[str, str] = {}
_language = "zh_CN"


def set_language(language: str) -> None:
    global _language, _catalogue
    _language = language
    if language == "en":
        _catalogue = {}
        return
    _catalogue = catalogue(language)


def language() -> str:
    return _language


def tr(source: str, **values: object) -> str:
    """The translation of `source` in the current language, with `{name}` fields filled in."""
    text = _catalogue.get(source, source)
    return text.format(**values) if values else text


def catalogue(language: str) -> dict[str, str]:
    """Every translation of `language`, merged from its per-area files."""
    folder = resources.files("matrix_desktop.ui").joinpath("translations", language)
    merged: dict[str, str] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            merged.update(json.loads(entry.read_text("utf-8")))
    return merged
