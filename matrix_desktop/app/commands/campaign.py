"""`matrix-desktop campaign add|list|show|attach|link`: company events (launch, promotion, offline
activity) on the content calendar with their lead time, and what belongs to them."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from matrix_desktop.app.argtypes import record_id
from matrix_desktop.app.output import print_json, print_table
from matrix_desktop.core.publishing import COLUMN_NAMES_ZH, TZ
from matrix_desktop.core.publishing.events import EVENT_KIND_ZH, CompanyEvent, EventKind, parse_event_kind

_TZ = ZoneInfo(TZ)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-12-12") from None


def _kind(text: str) -> EventKind:
    try:
        return parse_event_kind(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(sub: Any) -> None:
    p = sub.add_parser("campaign", help="company events on the calendar: dates, lead time, posts, draws")
    cs = p.add_subparsers(dest="campaign_command", metavar="ACTION", required=True)
    a = cs.add_parser("add", help="a company event and when the Weibo team learned of it")
    a.add_argument("name")
    a.add_argument("--kind", type=_kind, default=EventKind.OTHER, help="launch, promotion, offline, other")
    a.add_argument("--start", required=True, type=_day, metavar="YYYY-MM-DD")
    a.add_argument("--end", type=_day, default=None, metavar="YYYY-MM-DD", help="default: the start day")
    a.add_argument("--learned", required=True, type=_day, metavar="YYYY-MM-DD",
                   help="the day the Weibo team was told (the lead time counts from it)")
    a.add_argument("--paid-campaign", type=record_id, default=None, metavar="ID",
                   help="the paid-forwarding campaign (forward campaign) that supports it")
    a.add_argument("--notes", default="")
    a.add_argument("--format", choices=("table", "json"), default="table")
    a.set_defaults(handler=run_add)
    ls = cs.add_parser("list")
    ls.add_argument("--format", choices=("table", "json"), default="table")
    ls.set_defaults(handler=run_list)
    sh = cs.add_parser("show", help="an event with its posts, forwarding, paid campaign and draws")
    sh.add_argument("event_id", type=record_id)
    sh.add_argument("--format", choices=("table", "json"), default="table")
    sh.set_defaults(handler=run_show)
    at = cs.add_parser("attach", help="put a planned post in an event")
    at.add_argument("event_id", type=record_id)
    at.add_argument("--post", required=True, type=record_id, action="append", metavar="ID")
    at.set_defaults(handler=run_attach)
    ln = cs.add_parser("link", help="link the paid-forwarding campaign that supports an event")
    ln.add_argument("event_id", type=record_id)
    ln.add_argument("--paid-campaign", required=True, type=record_id, metavar="ID")
    ln.set_defaults(handler=run_link)


def event_json(e: CompanyEvent) -> dict[str, Any]:
    return {"id": e.id, "name": e.name, "kind": e.kind.value, "starts_on": e.starts_on.isoformat(),
            "ends_on": e.ends_on.isoformat(), "learned_on": e.learned_on.isoformat(), "lead_days": e.lead_days,
            "short_lead": e.short_lead, "paid_campaign_id": e.paid_campaign_id, "notes": e.notes}


def run_add(args: argparse.Namespace, ctx: Any) -> int:
    e = ctx.services().publishing.events.add(args.name, args.kind, args.start, args.end or args.start, args.learned,
                                             args.notes, args.paid_campaign)
    if args.format == "json":
        print_json(ctx.stdout, event_json(e))
    else:
        print(f"event #{e.id} {e.name}: {e.starts_on}–{e.ends_on}, {e.lead_text('en')}", file=ctx.stdout)
    return 0


def run_list(args: argparse.Namespace, ctx: Any) -> int:
    events = ctx.services().publishing.events.list()
    if args.format == "json":
        print_json(ctx.stdout, [event_json(e) for e in events])
        return 0
    print_table(ctx.stdout, ("id", "event", "kind", "from", "to", "learned", "lead"),
                [(e.id, e.name, EVENT_KIND_ZH[e.kind], e.starts_on, e.ends_on, e.learned_on,
                  f"{e.lead_days} d" + (" (short)" if e.short_lead else "")) for e in events])
    return 0


def run_show(args: argparse.Namespace, ctx: Any) -> int:
    s = ctx.services().publishing.events.summary(args.event_id)
    e = s.event
    if args.format == "json":
        print_json(ctx.stdout, {**event_json(e), "posts": [p.id for p in s.posts], "published": s.published,
                                "reposts": s.reposts, "comments": s.comments, "likes": s.likes,
                                "forward_plans": s.forward_plans, "draws": [d.id for d in s.draws],
                                "paid": None if s.paid is None else {
                                    "budget_fen": s.paid.campaign.budget_fen, "spent_fen": s.paid.spent_fen,
                                    "forwards": s.paid.forwards, "reach": s.paid.reach}})
        return 0
    out = ctx.stdout
    print(f"event #{e.id} {e.name} ({EVENT_KIND_ZH[e.kind]}): {e.starts_on}–{e.ends_on}; learned {e.learned_on}, "
          f"{e.lead_text('en')}", file=out)
    print(f"  posts: {len(s.posts)} ({s.published} published): {s.reposts} reposts, {s.comments} comments, "
          f"{s.likes} likes", file=out)
    print_table(out, ("post", "time", "account", "column", "state"),
                [(p.id, f"{p.at.astimezone(_TZ):%m-%d %H:%M}", p.account_uid, COLUMN_NAMES_ZH[p.column],
                  p.state.value) for p in s.posts])
    if s.forward_plans:
        print(f"  forwarding plans: {', '.join(f'#{i}' for i in s.forward_plans)}", file=out)
    if s.paid is not None:
        print(f"  paid campaign #{s.paid.campaign.id} {s.paid.campaign.name}: spent {s.paid.spent_fen / 100:.2f} of "
              f"{s.paid.campaign.budget_fen / 100:.2f} yuan, {s.paid.forwards} forwards, reach {s.paid.reach}", file=out)
    for d in s.draws:
        print(f"  draw #{d.id} {d.name}: {d.state.value}, {len(d.winners)}/{d.winners_wanted} winner(s)", file=out)
    return 0


def run_attach(args: argparse.Namespace, ctx: Any) -> int:
    events = ctx.services().publishing.events
    for post_id in args.post:
        events.attach_post(post_id, args.event_id)
    print(f"{len(args.post)} post(s) in event #{args.event_id}", file=ctx.stdout)
    return 0


def run_link(args: argparse.Namespace, ctx: Any) -> int:
    e = ctx.services().publishing.events.link_paid_campaign(args.event_id, args.paid_campaign)
    print(f"event #{e.id} is supported by paid campaign #{e.paid_campaign_id}", file=ctx.stdout)
    return 0
