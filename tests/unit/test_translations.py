"""Every interface string has a Simplified Chinese translation, with the same {fields}."""

from __future__ import annotations

import re
from pathlib import Path

from matrix_desktop.ui.i18n import catalogue

UI = Path(__file__).resolve().parents[2] / "matrix_desktop" / "ui"
TR_CALL = re.compile(r"""\btr\(\s*("(?:[^"\\]|\\.)*"(?:\s*"(?:[^"\\]|\\.)*")*|'(?:[^'\\]|\\.)*')""", re.S)
FIELD = re.compile(r"\{(\w+)\}")


def ui_strings() -> set[str]:
    found: set[str] = set()
    for path in UI.rglob("*.py"):
        for m in TR_CALL.finditer(path.read_text("utf-8")):
            parts = re.findall(r""""((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'""", m.group(1))
            parts = [a or b for a, b in parts]
            found.add("".join(parts).encode().decode("unicode_escape").encode("latin-1").decode("utf-8"))
    return found


def test_every_ui_string_is_translated_to_chinese() -> None:
    zh = catalogue("zh_CN")
    missing = sorted(s for s in ui_strings() if s not in zh)
    assert not missing, "add these to matrix_desktop/ui/translations/zh_CN/<area>.json:\n" + "\n".join(missing)


def test_translations_keep_their_fields() -> None:
    for source, target in catalogue("zh_CN").items():
        assert set(FIELD.findall(source)) == set(FIELD.findall(target)), source


def test_audit_action_names_are_translated() -> None:
    from matrix_desktop.ui.admin.audit import ACTION_NAMES, GROUP_NAMES

    zh = catalogue("zh_CN")
    missing = sorted(n for n in [*ACTION_NAMES.values(), *GROUP_NAMES.values()] if n not in zh)
    assert not missing, missing
