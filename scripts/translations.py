"""Keep the interface catalogues current: Qt's lupdate + lrelease, plus what lupdate cannot see.

    .venv/bin/python scripts/translations.py update   extract, fold JSON, write the .ts, compile the .qm
    .venv/bin/python scripts/translations.py release  only compile the .qm from the .ts
    .venv/bin/python scripts/translations.py check    exit 1 when a .ts/.qm is stale or a Chinese entry unfinished
    .venv/bin/python scripts/translations.py update --retire-json   also delete the folded JSON files

(`scripts/translations.sh` runs it with the project's venv.)

1. `pyside6-lupdate` extracts every `tr("...")` / `tr_noop("...")` call in `matrix_desktop/` into
   `resources/translations/matrix_<language>.ts` (no source locations and sorted messages, so branches that
   add strings side by side merge without conflicts).
2. lupdate's Python parser does not look inside f-strings, and cannot know strings translated where they are
   shown (`tr(action_name)`, a service's warning): the Python AST finds the `tr()` calls inside f-strings,
   and an entry whose source is a string literal anywhere in the package is kept instead of left "vanished".
3. Entries of the legacy JSON catalogues `matrix_desktop/ui/translations/<language>/*.json` (other branches
   may still add some) are folded in; a JSON entry wins over the .ts, since it is the newer edit.
4. The English .ts holds every source as its own translation; a writer may shorten an English label there
   (a label that clips) without touching the code.
5. `pyside6-lrelease` compiles each .ts into `matrix_desktop/ui/translations/matrix_<language>.qm`
   (package data, committed, so a fresh clone and an installed wheel run without a build step).
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "matrix_desktop"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = PACKAGE / "ui" / "translations"
JSON_DIR = PACKAGE / "ui" / "translations"
LANGUAGES = ("zh_CN", "en")
TR_FUNCTIONS = ("tr", "tr_noop")


def tool(name: str) -> str:
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"translations: pyside6-{name} not found (run scripts/setup.sh)")
    return found


def ts_path(language: str) -> Path:
    return TS_DIR / f"matrix_{language}.ts"


def qm_path(language: str) -> Path:
    return QM_DIR / f"matrix_{language}.qm"


@dataclass
class Message:
    source: str
    translation: str = ""
    state: str = "unfinished"  # "" (finished), "unfinished", "vanished", "obsolete"


def python_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def called_sources() -> set[str]:
    """Every literal passed to `tr()`/`tr_noop()`, f-strings included."""
    found: set[str] = set()
    for path in python_files():
        for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in TR_FUNCTIONS
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.add(node.args[0].value)
    return found


def literal_strings() -> set[str]:
    """Every string literal of the package: a translated entry with one of these may be shown by `tr(name)`."""
    found: set[str] = set()
    for path in python_files():
        for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


def json_entries(language: str) -> dict[str, str]:
    folder = JSON_DIR / language
    merged: dict[str, str] = {}
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        merged.update(json.loads(path.read_text("utf-8")))
    return merged


def read_ts(path: Path) -> dict[str, Message]:
    if not path.exists():
        return {}
    out: dict[str, Message] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if (context.findtext("name") or "") != "":
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            state = "unfinished" if node is None else node.get("type", "")
            out[source] = Message(source, (node.text or "") if node is not None else "", state)
    return out


def render_ts(language: str, messages: dict[str, Message]) -> str:
    def esc(text: str) -> str:
        return escape(text, {"'": "&apos;", '"': "&quot;"})

    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en">', "<context>", "    <name></name>"]
    for source in sorted(messages):
        m = messages[source]
        kind = f' type="{m.state}"' if m.state else ""
        lines += ["    <message>", f"        <source>{esc(source)}</source>",
                  f"        <translation{kind}>{esc(m.translation)}</translation>", "    </message>"]
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def lupdate(language: str, into: Path) -> None:
    subprocess.run([tool("lupdate"), "-silent", "-extensions", "py", "-locations", "none", "-sort-messages",
                    "-source-language", "en", "-target-language", language,
                    "-tr-function-alias", "QT_TR_NOOP+=tr_noop", str(PACKAGE), "-ts", str(into)], check=True)


def updated(language: str, also: set[str] | None = None) -> str:
    """The .ts text of `language` as it should be now (with an entry for each of `also` too)."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / f"matrix_{language}.ts"
        if ts_path(language).exists():
            shutil.copyfile(ts_path(language), work)
        lupdate(language, work)
        messages = read_ts(work)
    wanted, literals = called_sources(), literal_strings()
    folded = json_entries(language)
    for source in wanted | set(folded) | (also or set()):
        messages.setdefault(source, Message(source))
    for source, m in list(messages.items()):
        if source in folded:
            m.translation, m.state = folded[source], ""
        if source not in wanted and source not in literals:
            del messages[source]  # nothing in the code can ask for it any more
            continue
        if m.state in ("vanished", "obsolete"):
            m.state = "" if m.translation else "unfinished"
        if language == "en" and not m.translation:
            m.translation, m.state = source, ""
    return render_ts(language, messages)


def sources(language: str) -> set[str]:
    """What `language`'s .ts must hold besides what the code asks for: every entry of the Chinese one."""
    return set() if language == "zh_CN" else set(read_ts(ts_path("zh_CN")))


def release(language: str, into: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", "-removeidentical", str(ts_path(language)), "-qm", str(into)],
                   check=True)
    extra = TS_DIR / f"qt_extra_{language}.ts"  # hand-written: Qt's own strings its catalogue lacks
    if extra.exists():
        subprocess.run([tool("lrelease"), "-silent", str(extra), "-qm", str(into.with_name(f"qt_extra_{language}.qm"))],
                       check=True)


def unfinished(language: str) -> list[str]:
    return sorted(s for s, m in read_ts(ts_path(language)).items() if m.state == "unfinished" or not m.translation)


def check() -> list[str]:
    problems = []
    for language in LANGUAGES:
        if not ts_path(language).exists() or updated(language, sources(language)) != ts_path(language).read_text("utf-8"):
            problems.append(f"{ts_path(language).relative_to(ROOT)} is not current")
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "fresh.qm"
            release(language, fresh)
            if not qm_path(language).exists() or fresh.read_bytes() != qm_path(language).read_bytes():
                problems.append(f"{qm_path(language).relative_to(ROOT)} is not compiled from the current .ts")
    problems += [f"unfinished zh_CN entry: {s!r}" for s in unfinished("zh_CN")]
    return problems


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        TS_DIR.mkdir(parents=True, exist_ok=True)
        for language in LANGUAGES:  # Chinese first: English gets an entry for each Chinese one
            ts_path(language).write_text(updated(language, sources(language)), "utf-8")
        for language in LANGUAGES:
            release(language, qm_path(language))
        if "--retire-json" in argv:
            for path in JSON_DIR.glob("*/*.json"):
                path.unlink()
        left = unfinished("zh_CN")
        for source in left:
            print(f"translations: no Chinese yet for {source!r}", file=sys.stderr)
        print(f"translations: {ts_path('zh_CN').relative_to(ROOT)}: {len(read_ts(ts_path('zh_CN')))} entries, "
              f"{len(left)} unfinished")
        return 1 if left else 0
    if command == "release":
        for language in LANGUAGES:
            release(language, qm_path(language))
        return 0
    if command == "check":
        problems = check()
        for problem in problems:
            print(f"translations: {problem}", file=sys.stderr)
        return 1 if problems else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
