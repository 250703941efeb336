"""Interface language: English source strings, Simplified Chinese the default.

A small catalogue (`resources/translations/zh_CN.json` packaged as `ui/translations/zh_CN.json`) instead of
Qt's .ts/.qm pipeline: the strings live in Python, so a test can check that every one has a translation.
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
    text = resources.files("matrix_desktop.ui").joinpath("translations", f"{language}.json").read_text("utf-8")
    _catalogue = json.loads(text)


def language() -> str:
    return _language


def tr(source: str, **values: object) -> str:
    """The translation of `source` in the current language, with `{name}` fields filled in."""
    text = _catalogue.get(source, source)
    return text.format(**values) if values else text


def catalogue(language: str) -> dict[str, str]:
    text = resources.files("matrix_desktop.ui").joinpath("translations", f"{language}.json").read_text("utf-8")
    data: dict[str, str] = json.loads(text)
    return data
