"""`matrix-desktop post draft|check|submit|approve|reject|reschedule|cancel|list|show|forward`,
`matrix-desktop calendar list|export|rules`, `matrix-desktop words list|add|remove|import|export` and
`matrix-desktop style show|set|history`: the content calendar from the command line."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from matrix_desktop.app.argtypes import plan_time as parse_time
from matrix_desktop.app.output import print_json, print_table
from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.publishing import (
    COLUMN_NAMES_ZH,
    TZ,
    AccountPlanRules,
    Column,
    Hit,
    PlannedPost,
    PostState,
    parse_column,
)
from matrix_desktop.services.publishing import CalendarView, CheckedPost

_TZ = ZoneInfo(TZ)


def _column(value: str) -> Column:
    try:
        return parse_column(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(sub: Any) -> None:
    p = sub.add_parser("post", help="planned posts: draft, check, review, schedule")
    ps = p.add_subparsers(dest="post_command", metavar="ACTION", required=True)

    d = ps.add_parser("draft", help="plan a new post (prints its id)")
    d.add_argument("--account", required=True, metavar="UID")
    d.add_argument("--text", required=True)
    d.add_argument("--at", required=True, type=parse_time, metavar="ISO|now")
    d.add_argument("--column", type=_column, default=Column.OTHER,
                   help="product, brand_story, fan_activity, public_topic, other (or 产品资讯 …)")
    d.add_argument("--picture", default="", metavar="PATH", help="a JPEG, PNG or GIF to publish with it")
    d.add_argument("--owner", default="", help="who is responsible (default: you)")
    d.add_argument("--format", choices=("table", "json"), default="table")
    d.set_defaults(handler=run_draft)

    c = ps.add_parser("check", help="what the composer says about a post")
    c.add_argument("post_id", type=int)
    c.add_argument("--format", choices=("table", "json"), default="table")
    c.set_defaults(handler=run_check)

    for name, helptext, handler in (("submit", "ask a leader to review a draft", run_submit),
                                    ("approve", "approve and schedule a post (leaders)", run_approve),
                                    ("cancel", "cancel a planned post", run_cancel),
                                    ("show", "a post and its checks", run_check),
                                    ("forward", "plan the matrix's forwarding of a published post", run_forward)):
        x = ps.add_parser(name, help=helptext)
        x.add_argument("post_id", type=int)
        x.add_argument("--format", choices=("table", "json"), default="table")
        x.set_defaults(handler=handler)

    r = ps.add_parser("reject", help="send a post back to its author (leaders)")
    r.add_argument("post_id", type=int)
    r.add_argument("--note", required=True)
    r.set_defaults(handler=run_reject)

    m = ps.add_parser("reschedule", help="move a post to another time")
    m.add_argument("post_id", type=int)
    m.add_argument("--at", required=True, type=parse_time, metavar="ISO|now")
    m.add_argument("--format", choices=("table", "json"), default="table")
    m.set_defaults(handler=run_reschedule)

    ls = ps.add_parser("list", help="planned posts")
    ls.add_argument("--account", default="", metavar="UID")
    ls.add_argument("--state", action="append", default=[], choices=[s.value for s in PostState])
    ls.add_argument("--format", choices=("table", "json"), default="table")
    ls.set_defaults(handler=run_list)

    cal = sub.add_parser("calendar", help="the content calendar: month or week, gaps and clashes")
    cs = cal.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    for name, handler in (("list", run_calendar_list), ("export", run_calendar_export)):
        x = cs.add_parser(name, help="show the month (or week) with gaps and clashes" if name == "list"
                          else "the month's (or week's) posts as CSV")
        x.add_argument("--month", default="", metavar="YYYY-MM", help="default: this month")
        x.add_argument("--week", default="", metavar="YYYY-MM-DD", help="the week of this day instead")
        x.add_argument("--account", default="", metavar="UID")
        if name == "list":
            x.add_argument("--format", choices=("table", "json"), default="table")
        else:
            x.add_argument("--output", default="-", metavar="PATH")
        x.set_defaults(handler=handler)
    rl = cs.add_parser("rules", help="set an account's quantity and time rules")
    rl.add_argument("account")
    rl.add_argument("--weekly", action="append", default=[], metavar="COLUMN=N",
                    help="e.g. product=2: two product posts a week (repeatable)")
    rl.add_argument("--earliest", default="", metavar="HH:MM")
    rl.add_argument("--latest", default="", metavar="HH:MM", help="e.g. 22:00: nothing after 22:00")
    rl.add_argument("--min-gap", type=int, default=60, metavar="MINUTES")
    rl.add_argument("--daily-max", type=int, default=0)
    rl.set_defaults(handler=run_calendar_rules)

    w = sub.add_parser("words", help="the company's sensitive-word list")
    ws = w.add_subparsers(dest="words_command", metavar="ACTION", required=True)
    wl = ws.add_parser("list")
    wl.set_defaults(handler=run_words_list)
    wa = ws.add_parser("add")
    wa.add_argument("word")
    wa.add_argument("--category", default="")
    wa.add_argument("--note", default="")
    wa.set_defaults(handler=run_words_add)
    wr = ws.add_parser("remove")
    wr.add_argument("word")
    wr.set_defaults(handler=run_words_remove)
    wi = ws.add_parser("import", help="CSV with columns word,category,note")
    wi.add_argument("path")
    wi.add_argument("--replace", action="store_true", help="the file becomes the whole list")
    wi.set_defaults(handler=run_words_import)
    we = ws.add_parser("export")
    we.add_argument("--output", default="-", metavar="PATH")
    we.set_defaults(handler=run_words_export)

    st = sub.add_parser("style", help="an account's style guide (Markdown, versioned)")
    ss = st.add_subparsers(dest="style_command", metavar="ACTION", required=True)
    sh = ss.add_parser("show")
    sh.add_argument("account")
    sh.add_argument("--version", type=int, default=None)
    sh.set_defaults(handler=run_style_show)
    se = ss.add_parser("set", help="save a new version from a Markdown file ('-' reads stdin)")
    se.add_argument("account")
    se.add_argument("path")
    se.set_defaults(handler=run_style_set)
    hi = ss.add_parser("history")
    hi.add_argument("account")
    hi.set_defaults(handler=run_style_history)


# -- posts ---------------------------------------------------------------------------------------------


def post_json(p: PlannedPost, hits: list[Hit] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": p.id, "account_uid": p.account_uid, "at": p.at.isoformat(), "column": p.column.value,
        "state": p.state.value, "text": p.text, "picture_path": p.picture_path, "owner": p.owner,
        "approved_by": p.approved_by, "platform_mid": p.platform_mid, "answer": p.answer,
        "review_note": p.review_note, "forward_plan_id": p.forward_plan_id}
    if hits is not None:
        out["checks"] = [{"code": h.code, "level": h.level.value, "message": h.message_en, "message_zh": h.message_zh}
                         for h in hits]
    return out


def _print_checked(ctx: Any, c: CheckedPost, fmt: str) -> None:
    if fmt == "json":
        print_json(ctx.stdout, post_json(c.post, c.hits))
        return
    p = c.post
    print(f"post #{p.id} ({p.state.value}) {p.at.astimezone(_TZ):%Y-%m-%d %H:%M} {COLUMN_NAMES_ZH[p.column]} "
          f"on {p.account_uid}", file=ctx.stdout)
    if p.review_note:
        print(f"  leader's note: {p.review_note}", file=ctx.stdout)
    if p.answer:
        print(f"  last outcome: {p.answer}", file=ctx.stdout)
    for h in c.hits:
        print(f"  [{h.level.value}] {h.message_en}", file=ctx.stdout)
    if not c.hits:
        print("  no findings", file=ctx.stdout)


def run_draft(args: argparse.Namespace, ctx: Any) -> int:
    c = ctx.services().publishing.posts.draft(args.account, args.text, args.at, args.column, args.picture, args.owner)
    _print_checked(ctx, c, args.format)
    return 0


def run_check(args: argparse.Namespace, ctx: Any) -> int:
    _print_checked(ctx, ctx.services().publishing.posts.checked(args.post_id), args.format)
    return 0


def run_submit(args: argparse.Namespace, ctx: Any) -> int:
    _print_checked(ctx, ctx.services().publishing.posts.submit(args.post_id), args.format)
    return 0


def run_approve(args: argparse.Namespace, ctx: Any) -> int:
    _print_checked(ctx, ctx.services().publishing.posts.approve(args.post_id), args.format)
    return 0


def run_cancel(args: argparse.Namespace, ctx: Any) -> int:
    p = ctx.services().publishing.posts.cancel(args.post_id)
    print(f"post #{p.id} cancelled", file=ctx.stdout)
    return 0


def run_reject(args: argparse.Namespace, ctx: Any) -> int:
    p = ctx.services().publishing.posts.reject(args.post_id, args.note)
    print(f"post #{p.id} is a draft again: {p.review_note}", file=ctx.stdout)
    return 0


def run_reschedule(args: argparse.Namespace, ctx: Any) -> int:
    _print_checked(ctx, ctx.services().publishing.posts.reschedule(args.post_id, args.at), args.format)
    return 0


def run_forward(args: argparse.Namespace, ctx: Any) -> int:
    plan_id = ctx.services().publishing.posts.start_forwarding(args.post_id)
    if args.format == "json":
        print_json(ctx.stdout, {"post": args.post_id, "plan_id": plan_id})
    else:
        print(f"forwarding plan #{plan_id} drafted; a leader approves it with `forward approve {plan_id}`",
              file=ctx.stdout)
    return 0


def run_list(args: argparse.Namespace, ctx: Any) -> int:
    posts = ctx.services().publishing.posts.list(states=[PostState(s) for s in args.state], account_uid=args.account)
    if args.format == "json":
        print_json(ctx.stdout, [post_json(p) for p in posts])
        return 0
    print_table(ctx.stdout, ("id", "time", "account", "column", "state", "owner", "text"),
                [(p.id, f"{p.at.astimezone(_TZ):%Y-%m-%d %H:%M}", p.account_uid, COLUMN_NAMES_ZH[p.column],
                  p.state.value, p.owner, p.text) for p in posts])
    return 0


# -- calendar ------------------------------------------------------------------------------------------


def _view(args: argparse.Namespace, ctx: Any) -> CalendarView:
    cal = ctx.services().publishing.calendar
    if args.week:
        try:
            day = date.fromisoformat(args.week)
        except ValueError:
            raise ValidationError(f"{args.week!r} is not a date like 2026-12-07") from None
        return cal.week(day, args.account)  # type: ignore[no-any-return]
    if args.month:
        try:
            year, month = (int(x) for x in args.month.split("-"))
            date(year, month, 1)
        except ValueError:
            raise ValidationError(f"{args.month!r} is not a month like 2026-12") from None
    else:
        today = datetime.now(_TZ).date()
        year, month = today.year, today.month
    return cal.month(year, month, args.account)  # type: ignore[no-any-return]


def run_calendar_list(args: argparse.Namespace, ctx: Any) -> int:
    view = _view(args, ctx)
    if args.format == "json":
        print_json(ctx.stdout, {
            "first": view.weeks[0][0].isoformat(), "last": view.weeks[-1][-1].isoformat(),
            "posts": [post_json(p) for p in view.posts],
            "gaps": [{"account_uid": g.account_uid, "week": g.week_start.isoformat(), "column": g.column.value,
                      "have": g.have, "want": g.want, "message": g.message("en", view.names.get(g.account_uid, ""))}
                     for g in view.gaps],
            "clashes": [{"post": c.post_id, "account_uid": c.account_uid, "day": c.day.isoformat(),
                         "code": c.hit.code, "message": c.hit.message_en} for c in view.clashes]})
        return 0
    print_table(ctx.stdout, ("day", "time", "id", "account", "column", "state", "text"),
                [(f"{p.at.astimezone(_TZ):%m-%d %a}", f"{p.at.astimezone(_TZ):%H:%M}", p.id,
                  view.names.get(p.account_uid, p.account_uid), COLUMN_NAMES_ZH[p.column], p.state.value, p.text)
                 for p in view.posts])
    for g in view.gaps:
        print(f"gap: {g.message('en', view.names.get(g.account_uid, ''))}", file=ctx.stdout)
    for c in view.clashes:
        print(f"clash: post #{c.post_id} ({view.names.get(c.account_uid, c.account_uid)}): {c.hit.message_en}",
              file=ctx.stdout)
    return 0


def _write(path: str, text: str, ctx: Any) -> None:
    if path == "-":
        ctx.stdout.write(text)
    else:
        Path(path).write_text(text, encoding="utf-8", newline="")
        print(f"wrote {path}", file=ctx.stderr)


def run_calendar_export(args: argparse.Namespace, ctx: Any) -> int:
    view = _view(args, ctx)
    _write(args.output, ctx.services().publishing.calendar.export_csv(view), ctx)
    return 0


def run_calendar_rules(args: argparse.Namespace, ctx: Any) -> int:
    weekly: dict[Column, int] = {}
    for item in args.weekly:
        key, _, n = item.partition("=")
        try:
            weekly[parse_column(key)] = int(n)
        except ValueError as exc:
            raise ValidationError(f"--weekly {item!r}: {exc}; write COLUMN=N such as product=2") from None
    ctx.services().publishing.library.put_rules(AccountPlanRules(
        args.account, weekly, args.earliest, args.latest, args.min_gap, args.daily_max))
    print(f"rules of {args.account} saved", file=ctx.stdout)
    return 0


# -- sensitive words and style guides -------------------------------------------------------------------


def run_words_list(args: argparse.Namespace, ctx: Any) -> int:
    words = ctx.services().publishing.library.sensitive_words()
    print_table(ctx.stdout, ("word", "category", "note"), [(w.word, w.category, w.note) for w in words])
    return 0


def run_words_add(args: argparse.Namespace, ctx: Any) -> int:
    w = ctx.services().publishing.library.add_word(args.word, args.category, args.note)
    print(f"added {w.word}", file=ctx.stdout)
    return 0


def run_words_remove(args: argparse.Namespace, ctx: Any) -> int:
    if not ctx.services().publishing.library.remove_word(args.word):
        raise ValidationError(f"{args.word!r} is not on the list")
    print(f"removed {args.word}", file=ctx.stdout)
    return 0


def run_words_import(args: argparse.Namespace, ctx: Any) -> int:
    n = ctx.services().publishing.library.import_words(Path(args.path).read_bytes(), replace=args.replace)
    print(f"imported {n} word(s)", file=ctx.stdout)
    return 0


def run_words_export(args: argparse.Namespace, ctx: Any) -> int:
    _write(args.output, ctx.services().publishing.library.export_words(), ctx)
    return 0


def run_style_show(args: argparse.Namespace, ctx: Any) -> int:
    g = ctx.services().publishing.library.style_guide(args.account, args.version)
    if g is None:
        raise ValidationError(f"account {args.account} has no style guide yet")
    print(f"<!-- version {g.version}, {g.edited_by}, {g.edited_at.astimezone(_TZ):%Y-%m-%d %H:%M} -->",
          file=ctx.stdout)
    print(g.text, file=ctx.stdout)
    return 0


def run_style_set(args: argparse.Namespace, ctx: Any) -> int:
    text = sys.stdin.read() if args.path == "-" else Path(args.path).read_text(encoding="utf-8")
    g = ctx.services().publishing.library.save_style_guide(args.account, text)
    print(f"style guide of {args.account}: version {g.version}", file=ctx.stdout)
    return 0


def run_style_history(args: argparse.Namespace, ctx: Any) -> int:
    versions = ctx.services().publishing.library.style_versions(args.account)
    print_table(ctx.stdout, ("version", "by", "at", "first line"),
                [(g.version, g.edited_by, f"{g.edited_at.astimezone(_TZ):%Y-%m-%d %H:%M}",
                  (g.text.strip().splitlines() or [""])[0]) for g in versions])
    return 0
