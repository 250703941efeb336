"""Every interface string has a finished Simplified Chinese entry in the Qt catalogue, with the same {fields},
and the compiled catalogues shipped in the package are the ones the sources give."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIELD = re.compile(r"\{(\w+)\}")


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "scripts" / "translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_every_ui_string_has_a_finished_chinese_entry(tool: ModuleType) -> None:
    zh = tool.read_ts(tool.ts_path("zh_CN"))
    missing = sorted(s for s in tool.called_sources() if s not in zh or zh[s].state or not zh[s].translation)
    assert not missing, "run scripts/translations.sh, then translate these in resources/translations/" \
                        "matrix_zh_CN.ts:\n" + "\n".join(missing)


def test_translations_keep_their_fields(tool: ModuleType) -> None:
    for language in tool.LANGUAGES:
        for source, m in tool.read_ts(tool.ts_path(language)).items():
            assert set(FIELD.findall(source)) == set(FIELD.findall(m.translation)), (language, source)


def test_audit_action_names_are_translated(tool: ModuleType) -> None:
    from matrix_desktop.ui.admin.audit import ACTION_NAMES, GROUP_NAMES

    zh = tool.read_ts(tool.ts_path("zh_CN"))
    missing = sorted(n for n in [*ACTION_NAMES.values(), *GROUP_NAMES.values()] if n not in zh or zh[n].state)
    assert not missing, missing


def test_the_catalogues_are_current_with_the_code(tool: ModuleType) -> None:
    problems = tool.check()
    assert not problems, "run scripts/translations.sh:\n" + "\n".join(problems)
