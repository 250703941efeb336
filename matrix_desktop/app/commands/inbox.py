"""`matrix-desktop inbox classify|ingest|list|drafts|approve|reject|send|manual|tickets`.

`classify` checks triage and suggested replies on a file of comments without a database; the other
actions work on the synced inbox (see `app/inbox.py`).

Each inbox action is one `_register_<action>` function plus its `run_<action>` handler, so more
actions slot in beside `classify` without touching it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from matrix_desktop.app import paths
from matrix_desktop.app.argtypes import bounded_int, record_id
from matrix_desktop.core.errors import NotFound
from matrix_desktop.core.inbox.answers import (
    AnswerEntry,
    AnswerIndex,
    parse_manual_csv,
    parse_manual_markdown,
)
from matrix_desktop.core.inbox.records import ITEM_STATUSES
from matrix_desktop.core.inbox.suggest import no_entry_fits, suggest_reply
from matrix_desktop.core.inbox.triage import Triager, TriageRules
from matrix_desktop.core.textcodec import decode_text

# matrix_desktop/app/commands/inbox.py → the repository root holds resources/demo/.
DEMO_MANUAL = Path(__file__).resolve().parents[3] / "resources" / "demo" / "answer_manual.csv"


#: The longest text a comment or post can be (a long post's 20,000 characters): anything longer is not
#: from Weibo, and refusing it keeps one hostile line from taking the run's time and memory.
MAX_TEXT = 20_000


def register(sub: Any) -> None:
    p = sub.add_parser("inbox", help="the interaction inbox: triage, suggested replies")
    isub = p.add_subparsers(dest="inbox_command", metavar="ACTION", required=True)
    _register_classify(isub)
    _register_inbox_actions(isub)


def _register_classify(isub: Any) -> None:
    c = isub.add_parser(
        "classify", help="triage JSON lines ({\"id\", \"text\"}) and suggest replies",
        description="Reads JSON lines with id and text (optional author, followers, verified) and writes one "
                    "JSON line per item: id, category, confidence (0–1), needs_look (the model is unsure: "
                    "a person should decide), priority (1 urgent … 4 low), suggested_reply, and no_entry (true: a "
                    "question or complaint no manual entry fits, so there is no draft: a person writes one). "
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
        return parse_manual_markdown(decode_text(raw, name))
    return parse_manual_csv(raw)


def _item(line: str) -> tuple[dict[str, Any] | None, str]:
    """The item of one input line, or None and why it cannot be read."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, f"not valid JSON ({exc.msg} at column {exc.colno})"
    if not isinstance(data, dict):
        return None, "expected a JSON object with id and text"
    if "id" not in data or data["id"] is None or isinstance(data["id"], (dict, list)):
        return None, "missing id"
    if not isinstance(data.get("text"), str):
        return None, "missing text (a string)"
    if len(data["text"]) > MAX_TEXT:
        return None, (f"text of {len(data['text']):,} characters is longer than the {MAX_TEXT:,} any Weibo "
                      "comment or post can have")
    followers = data.get("followers", 0)
    if isinstance(followers, bool) or not isinstance(followers, int):
        return None, "followers must be a whole number"
    return data, ""


def run_classify(args: argparse.Namespace, ctx: Any) -> int:
    rules = TriageRules.default() if args.rules is None else TriageRules.from_json(
        decode_text(_read_bytes(args.rules, "rules file"), args.rules), source=args.rules)
    raw = _read_bytes(args.file, "input file")  # read before the manual: a missing file fails fast
    triager = Triager(rules)
    index = AnswerIndex(load_manual(args.manual))
    bad = 0
    for number, line in enumerate(decode_text(raw, args.file).split("\n"), start=1):
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
        out = {"id": item["id"], "category": triage.category.value, "confidence": triage.confidence,
               "needs_look": triage.needs_look, "priority": int(triage.priority),
               "suggested_reply": suggestion.text if suggestion else None,
               "no_entry": no_entry_fits(triage.category, suggestion)}
        ctx.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    return 1 if bad else 0


# -- actions on the database's inbox ----------------------------------------------------------------

def _register_inbox_actions(isub: Any) -> None:
    ing = isub.add_parser("ingest", help="triage synced comments and mentions that are not in the inbox yet")
    ing.set_defaults(handler=run_ingest)
    rt = isub.add_parser("retrain", help="retrain the triage model on the corpus plus this team's corrections")
    rt.set_defaults(handler=run_retrain)
    dl = isub.add_parser("draft-limit", help="show or set the day's cap on suggested drafts (0: none; leaders)")
    dl.add_argument("per_day", nargs="?", type=bounded_int(0, 100_000, "a daily limit"), default=None)
    dl.set_defaults(handler=run_draft_limit)

    lst = isub.add_parser("list", help="list inbox items, newest first")
    lst.add_argument("--account", default="", help="the uid of the account the item reached")
    lst.add_argument("--category", action="append", default=[],
                     help="complaint, question, praise, crisis, spam or other (repeatable)")
    lst.add_argument("--status", action="append", default=[], choices=[s.value for s in ITEM_STATUSES], help="new, triaged, waiting_review, replied, …")
    lst.add_argument("--author", default="", help="part of the author's name")
    lst.add_argument("--search", default="", help="words in the text (Chinese works)")
    lst.add_argument("--overdue", action="store_true", help="only items past their first-response deadline")
    lst.add_argument("--limit", type=bounded_int(1, 100_000, "a limit"), default=50)
    lst.add_argument("--format", choices=("table", "json"), default="table")
    lst.set_defaults(handler=run_list)

    dr = isub.add_parser("drafts", help="replies and who they wait on")
    dr.add_argument("--state", action="append", default=[],
                    help="waiting_review (default), approved, rejected, sending, sent, failed")
    dr.set_defaults(handler=run_drafts)

    ap = isub.add_parser("approve", help="approve a reply (leaders)")
    ap.add_argument("draft", type=record_id)
    ap.add_argument("--text", default=None, help="the edited reply to send instead of the suggestion")
    ap.add_argument("--draft-version", type=record_id, default=None, metavar="N",
                    help="refuse if the reply was changed since `inbox drafts` showed this version")
    ap.set_defaults(handler=run_approve)

    rj = isub.add_parser("reject", help="reject a reply with a reason (leaders)")
    rj.add_argument("draft", type=record_id)
    rj.add_argument("reason")
    rj.add_argument("--draft-version", type=record_id, default=None, metavar="N",
                    help="refuse if the reply was changed since `inbox drafts` showed this version")
    rj.set_defaults(handler=run_reject)

    sd = isub.add_parser("send", help="send the approved replies")
    sd.set_defaults(handler=run_send)

    man = isub.add_parser("manual", help="the answer manual")
    msub = man.add_subparsers(dest="manual_command", metavar="ACTION", required=True)
    mi = msub.add_parser("import", help="import a CSV or Markdown manual (all entries or none)")
    mi.add_argument("file")
    mi.set_defaults(handler=run_manual_import)
    ml = msub.add_parser("list", help="list the entries")
    ml.set_defaults(handler=run_manual_list)

    tk = isub.add_parser("tickets", help="export customer-service tickets as CSV")
    tk.add_argument("file", nargs="?", default="-")
    tk.set_defaults(handler=run_tickets)


def run_ingest(args: argparse.Namespace, ctx: Any) -> int:
    report = ctx.services().inbox.triage.ingest()
    ctx.stdout.write(f"{report.created} new inbox items, {report.drafts} suggested replies, "
                     f"{len(report.crisis)} crisis alerts\n")
    return 0


def run_list(args: argparse.Namespace, ctx: Any) -> int:
    from datetime import UTC, datetime

    from matrix_desktop.app.output import print_json, print_table
    from matrix_desktop.core.inbox.records import InboxQuery

    q = InboxQuery(account_uid=args.account, categories=frozenset(args.category),
                   statuses=frozenset(args.status), author=args.author, text=args.search,
                   overdue_at=datetime.now(UTC) if args.overdue else None)
    items = ctx.services().inbox.triage.items(q, limit=max(1, args.limit))
    if args.format == "json":
        print_json(ctx.stdout, [{"id": i.id, "created_at": i.created_at.isoformat(), "account": i.account_name,
                                 "author": i.author_name, "category": i.category, "priority": i.priority,
                                 "status": i.status, "due_at": i.due_at.isoformat() if i.due_at else None,
                                 "text": i.text} for i in items])
    else:
        print_table(ctx.stdout, ["id", "time", "account", "author", "category", "status", "text"],
                    [[i.id, f"{i.created_at.astimezone():%m-%d %H:%M}", i.account_name, i.author_name,
                      i.category, i.status, i.text] for i in items])
    return 0


def run_drafts(args: argparse.Namespace, ctx: Any) -> int:
    from matrix_desktop.app.output import print_table

    inbox = ctx.services().inbox
    drafts = inbox.replies.drafts(tuple(args.state) or ("waiting_review",))
    who = {w.draft_id: ", ".join(w.who) for w in inbox.replies.waiting_on()}
    print_table(ctx.stdout, ["draft", "v", "item", "state", "author", "reply", "waiting on"],
                [[d.id, d.version, d.item_id, d.state, d.author_name, d.text, who.get(d.id, "")] for d in drafts],
                max_col=60)
    return 0


def run_approve(args: argparse.Namespace, ctx: Any) -> int:
    d = ctx.services(require_actor=True).inbox.replies.approve(args.draft, args.text,
                                                                 args.draft_version)
    ctx.stdout.write(f"reply {d.id} approved: {d.text}\n")
    if d.not_before is not None:
        ctx.stdout.write(f"it can be taken back until {d.not_before.astimezone():%H:%M:%S}; "
                         "`inbox send` sends it after that\n")
    return 0


def run_reject(args: argparse.Namespace, ctx: Any) -> int:
    ctx.services(require_actor=True).inbox.replies.reject_many(
        [args.draft], args.reason, None if args.draft_version is None else {args.draft: args.draft_version})
    ctx.stdout.write(f"reply {args.draft} rejected\n")
    return 0


def run_retrain(args: argparse.Namespace, ctx: Any) -> int:
    st = ctx.services(require_actor=True).inbox.triage.retrain(
        progress=lambda p: print(p.label, file=ctx.stderr))
    print(f"triage model v{st.version}, trained on {st.trained_on} corrections", file=ctx.stdout)
    return 0


def run_draft_limit(args: argparse.Namespace, ctx: Any) -> int:
    triage = ctx.services(require_actor=args.per_day is not None).inbox.triage
    if args.per_day is not None:
        triage.set_drafts_per_day(args.per_day)
    n = triage.drafts_per_day()
    print(f"suggested drafts a day: {n or 'no limit'}", file=ctx.stdout)
    return 0


def run_send(args: argparse.Namespace, ctx: Any) -> int:
    report = ctx.services(require_actor=True).inbox.replies.send_approved()
    ctx.stdout.write(f"{len(report.sent)} sent, {len(report.failed)} failed, {len(report.unknown)} unknown "
                     f"(checked again before any resend), {len(report.deferred)} deferred, "
                     f"{len(report.held)} still inside their undo window\n")
    for draft_id, why in report.failed:
        ctx.stderr.write(f"reply {draft_id}: {why}\n")
    return 1 if report.failed else 0


def run_manual_import(args: argparse.Namespace, ctx: Any) -> int:
    raw = _read_bytes(args.file, "answer manual")
    n = ctx.services(require_actor=True).inbox.manual.import_manual(raw, args.file)
    ctx.stdout.write(f"{n} answer-manual entries imported\n")
    return 0


def run_manual_list(args: argparse.Namespace, ctx: Any) -> int:
    from matrix_desktop.app.output import print_table

    print_table(ctx.stdout, ["id", "department", "question", "answer"],
                [[e.key, e.department, e.question, e.answer] for e in ctx.services().inbox.manual.answers()])
    return 0


def run_tickets(args: argparse.Namespace, ctx: Any) -> int:
    text = ctx.services(require_actor=True).inbox.customer_service.export_tickets_csv()
    if args.file == "-":
        ctx.stdout.write(text.lstrip("\ufeff"))
    else:
        paths.write_private(Path(args.file), text.encode("utf-8"))
    return 0
