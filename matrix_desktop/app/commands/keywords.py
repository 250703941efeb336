"""`matrix-desktop keywords list|add|remove|alerts|ack|check`: the keyword watch lists and their alerts."""

from __future__ import annotations

import argparse
from typing import Any

from matrix_desktop.app.argtypes import record_id
from matrix_desktop.app.output import print_json_lines, print_table
from matrix_desktop.core.errors import NotFound, ValidationError
from matrix_desktop.core.insight.keywords import WatchKind, clean_terms, normalise

KINDS = ", ".join(k.value for k in WatchKind)


def register(sub: Any) -> None:
    p = sub.add_parser("keywords", help="keyword monitoring: watch lists and spike alerts")
    ksub = p.add_subparsers(dest="keywords_command", metavar="ACTION", required=True)
    ls = ksub.add_parser("list", help="the watch lists and their terms")
    ls.add_argument("--format", choices=("table", "json"), default="table")
    ls.set_defaults(handler=run_list)
    add = ksub.add_parser("add", help="add terms to a watch list (made when new; operators and admins)")
    add.add_argument("name", help="the watch list's name, e.g. 危机词")
    add.add_argument("--term", action="append", required=True, metavar="T", help="a term to watch for (repeatable)")
    add.add_argument("--kind", default=None, metavar="KIND", help=f"for a new list: {KINDS} (default: brand)")
    add.add_argument("--disable", action="store_true", help="keep the list but stop checking it")
    add.set_defaults(handler=run_add)
    rm = ksub.add_parser("remove", help="remove terms from a watch list, or the whole list and its alerts")
    rm.add_argument("name")
    rm.add_argument("--term", action="append", default=[], metavar="T",
                    help="remove only this term (repeatable); without --term the list goes")
    rm.set_defaults(handler=run_remove)
    al = ksub.add_parser("alerts", help="the keyword alerts raised lately")
    al.add_argument("--days", type=int, default=30, help="how far back (default 30)")
    al.add_argument("--open", action="store_true", help="only those not acknowledged yet")
    al.add_argument("--items", action="store_true", help="also print the comments and mentions behind each")
    al.add_argument("--format", choices=("table", "json"), default="table")
    al.set_defaults(handler=run_alerts)
    ack = ksub.add_parser("ack", help="acknowledge an alert (someone is on it)")
    ack.add_argument("id", type=record_id)
    ack.set_defaults(handler=run_ack)
    chk = ksub.add_parser("check", help="run the spike check over the synced comments now (a sync also does)")
    chk.set_defaults(handler=run_check)


def _kind(text: str) -> WatchKind:
    try:
        return WatchKind(text.strip().lower())
    except ValueError:
        raise ValidationError(f"--kind {text!r}: use one of {KINDS}") from None


def run_list(args: argparse.Namespace, ctx: Any) -> int:
    watches = ctx.services().insight.keywords.watches()
    if args.format == "json":
        print_json_lines(ctx.stdout, [{"id": w.id, "name": w.name, "kind": w.kind.value, "terms": list(w.terms),
                                       "enabled": w.enabled} for w in watches])
        return 0
    print_table(ctx.stdout, ["name", "kind", "enabled", "terms"],
                [(w.name, w.kind.value, "yes" if w.enabled else "no", "、".join(w.terms)) for w in watches],
                max_col=80)
    return 0


def run_add(args: argparse.Namespace, ctx: Any) -> int:
    monitor = ctx.services(require_actor=True).insight.keywords
    current = next((w for w in monitor.watches() if w.name == args.name.strip()), None)
    if current is not None and args.kind is not None and _kind(args.kind) != current.kind:
        raise ValidationError(f"watch list {current.name} is of kind {current.kind.value}; "
                              f"remove it first to change its kind")
    kind = current.kind if current is not None else _kind(args.kind or "brand")
    terms = clean_terms([*(current.terms if current else ()), *args.term])
    w = monitor.put_watch(args.name, kind, terms, enabled=not args.disable)
    print(f"{w.name} ({w.kind.value}): {len(w.terms)} terms{'' if w.enabled else ', not checked'}", file=ctx.stdout)
    return 0


def run_remove(args: argparse.Namespace, ctx: Any) -> int:
    monitor = ctx.services(require_actor=True).insight.keywords
    if not args.term:
        monitor.delete_watch(args.name)
        print(f"removed watch list {args.name}", file=ctx.stdout)
        return 0
    current = next((w for w in monitor.watches() if w.name == args.name.strip()), None)
    if current is None:
        raise NotFound(f"no watch list named {args.name!r}")
    drop = {normalise(t) for t in args.term}
    unknown = sorted(t for t in args.term if normalise(t) not in {normalise(x) for x in current.terms})
    if unknown:
        raise ValidationError(f"watch list {current.name} has no term {'、'.join(unknown)}")
    left = [t for t in current.terms if normalise(t) not in drop]
    if not left:
        raise ValidationError(f"that would leave {current.name} with no terms; remove the list instead "
                              f"(`keywords remove {current.name}`)")
    w = monitor.put_watch(current.name, current.kind, left, current.enabled)
    print(f"{w.name}: {len(w.terms)} terms", file=ctx.stdout)
    return 0


def run_alerts(args: argparse.Namespace, ctx: Any) -> int:
    if args.days < 1:
        raise ValidationError("--days must be at least 1")
    monitor = ctx.services().insight.keywords
    alerts = monitor.alerts(open_only=args.open, days=args.days)
    if args.format == "json":
        rows: list[dict[str, Any]] = []
        for a in alerts:
            row: dict[str, Any] = {"id": a.id, "watch": a.watch_name, "kind": a.watch_kind,
                                   "raised_at": a.raised_at.isoformat(), "window_start": a.window_start.isoformat(),
                                   "window_end": a.window_end.isoformat(), "count": a.count,
                                   "baseline": round(a.baseline, 2), "acknowledged_by": a.acknowledged_by}
            if args.items:
                row["items"] = [{"id": t.interaction_id, "author": t.author_name, "text": t.text,
                                 "created_at": t.created_at.isoformat()} for t in monitor.items(a)]
            rows.append(row)
        print_json_lines(ctx.stdout, rows)
        return 0
    print_table(ctx.stdout, ["id", "raised", "watch", "count", "usual", "acknowledged by"],
                [(a.id, a.raised_at.astimezone().strftime("%Y-%m-%d %H:%M"), a.watch_name, a.count,
                  f"{a.baseline:.1f}", a.acknowledged_by or "-") for a in alerts])
    if args.items:
        for a in alerts:
            print(f"\n#{a.id} {a.watch_name}:", file=ctx.stdout)
            for t in monitor.items(a):
                print(f"  {t.created_at.astimezone():%m-%d %H:%M}  {t.author_name}: {' '.join(t.text.split())}",
                      file=ctx.stdout)
    return 0


def run_ack(args: argparse.Namespace, ctx: Any) -> int:
    monitor = ctx.services(require_actor=True).insight.keywords
    if not monitor.acknowledge(args.id):
        raise NotFound(f"no open keyword alert #{args.id} (unknown, or acknowledged already)")
    print(f"acknowledged alert #{args.id}", file=ctx.stdout)
    return 0


def run_check(args: argparse.Namespace, ctx: Any) -> int:
    raised = ctx.services().insight.keywords.check()
    for a in raised:
        print(f"alert #{a.id}: {a.watch_name} {a.count} mentions (usual {a.baseline:.1f})", file=ctx.stdout)
    if not raised:
        print("no new spike", file=ctx.stdout)
    return 0
