"""`matrix-desktop inbox classify [FILE|-]`: check triage and suggested replies on a file of comments.

Each inbox action is one `_register_<action>` function plus its `run_<action>` handler, so more
actions slot in beside `classify` without touching it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from matrix_desktop.core.errors import NotFound
from matrix_desktop.core.inbox.answers import (
    AnswerEntry,
    AnswerIndex,
    parse_manual_csv,
    parse_manual_markdown,
)
from matrix_desktop.core.inbox.suggest import suggest_reply
from matrix_desktop.core.inbox.triage import Triager, TriageRules

# matrix_desktop/app/commands/inbox.py → the repository root holds resources/demo/.
DEMO_MANUAL = Path(__file__).resolve().parents[3] / "resources" / "demo" / "answer_manual.csv"


def register(sub: Any) -> None:
    p = sub.add_parser("inbox", help="the interaction inbox: triage, suggested replies")
    isub = p.add_subparsers(dest="inbox_command", metavar="ACTION", required=True)
    _register_classify(isub)


def _register_classify(isub: Any) -> None:
    c = isub.add_parser(
        "classify", help="triage JSON lines ({\"id\", \"text\"}) and suggest replies",
        description="Reads JSON lines with id and text (optional author, followers, verified) and writes one "
                    "JSON line per item: id, category, priority (1 urgent … 4 low), suggested_reply. "
                    "Bad lines "
                    "are reported on stderr with their number; the exit code is then 1.")
    c.add_argument("file", nargs="?", default="-",
                   help="JSON lines in UTF-8, or - for standard input (default)")
    c.add_argument("--manual", metavar="FILE", default=None,
                   help="answer manual, .csv or .md (default: the demo manual of 星河乳业)")
    c.add_argument("--rules", metavar="FILE", default=None, help="a company's edited triage_rules.json")
    c.set_defaults(handler=run_classify)


def _read_bytes(name: str, what: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    path = Path(name)
    if not path.is_file():
        raise NotFound(f"{what} {name} does not exist")
    return path.read_bytes()


def load_manual(name: str | None) -> list[AnswerEntry]:
    """The answer manual named on the command line (CSV or Markdown by extension), or the demo one."""
    if name is None:
        return parse_manual_csv(DEMO_MANUAL.read_bytes()) if DEMO_MANUAL.is_file() else []
    raw = _read_bytes(name, "answer manual")
    if name.lower().endswith((".md", ".markdown")):
        return parse_manual_markdown(raw.decode("utf-8-sig"))
    return parse_manual_csv(raw)


def _item(raw: bytes) -> tuple[dict[str, Any] | None, str]:
    """The item of one input line, or None and why it cannot be read."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return None, "not UTF-8"
    except json.JSONDecodeError as exc:
        return None, f"not valid JSON ({exc.msg} at column {exc.colno})"
    if not isinstance(data, dict):
        return None, "expected a JSON object with id and text"
    if "id" not in data or data["id"] is None or isinstance(data["id"], (dict, list)):
        return None, "missing id"
    if not isinstance(data.get("text"), str):
        return None, "missing text (a string)"
    followers = data.get("followers", 0)
    if isinstance(followers, bool) or not isinstance(followers, int):
        return None, "followers must be a whole number"
    return data, ""


def run_classify(args: argparse.Namespace, ctx: Any) -> int:
    rules = TriageRules.default() if args.rules is None else TriageRules.from_json(
        _read_bytes(args.rules, "rules file").decode("utf-8-sig"), source=args.rules)
    raw = _read_bytes(args.file, "input file")  # read before the manual: a missing file fails fast
    triager = Triager(rules)
    index = AnswerIndex(load_manual(args.manual))
    bad = 0
    for number, line in enumerate(raw.removeprefix(b"\xef\xbb\xbf").split(b"\n"), start=1):
        if not line.strip():
            continue
        item, why = _item(line.strip())
        if item is None:
            bad += 1
            print(f"{args.file}:{number}: {why}", file=ctx.stderr)
            continue
        triage = triager.classify(item["text"], author_followers=item.get("followers", 0),
                                  author_verified=bool(item.get("verified", False)))
        author: str = item["author"] if isinstance(item.get("author"), str) else ""
        suggestion = suggest_reply(item["text"], author, triage, index)
        out = {"id": item["id"], "category": triage.category.value, "priority": int(triage.priority),
               "suggested_reply": suggestion.text if suggestion else None}
        ctx.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    return 1 if bad else 0
