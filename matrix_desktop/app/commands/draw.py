"""`matrix-desktop draw create|list|show|run|verify|export`: prize draws anyone can check.

`draw verify` recomputes the winners from the published seed and the frozen list — of a draw in the
database, or of a published record (`--file`, JSON as `draw export` writes it) without any database —
and exits 1 when they do not match."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from matrix_desktop.app.argtypes import plan_time, record_id
from matrix_desktop.app.commands.post import post_json
from matrix_desktop.app.output import print_json, print_table
from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.publishing import TZ, Column
from matrix_desktop.core.publishing.draws import (
    EXCLUSION_ZH,
    Draw,
    DrawState,
    Exclusion,
    Verification,
    verify_record,
)

_TZ = ZoneInfo(TZ)


def register(sub: Any) -> None:
    p = sub.add_parser("draw", help="prize draws among a post's fans (有奖转发), verifiable by anyone")
    ds = p.add_subparsers(dest="draw_command", metavar="ACTION", required=True)

    c = ds.add_parser("create", help="set up a draw; prints the commitment to publish before the deadline")
    c.add_argument("--name", required=True)
    c.add_argument("--post", required=True, metavar="MID", help="the post fans comment on to take part")
    c.add_argument("--deadline", required=True, type=plan_time, metavar="ISO", help="no offset: Beijing time")
    c.add_argument("--winners", required=True, type=int, metavar="N")
    c.add_argument("--forwards-count", action="store_true",
                   help="a forward alone takes part (default: the rules want a comment)")
    c.add_argument("--event", type=record_id, default=None, metavar="ID", help="the campaign it belongs to")
    c.add_argument("--format", choices=("table", "json"), default="table")
    c.set_defaults(handler=run_create)

    ls = ds.add_parser("list", help="every draw and where it stands")
    ls.add_argument("--format", choices=("table", "json"), default="table")
    ls.set_defaults(handler=run_list)

    for name, helptext, handler in (("show", "a draw: its commitment, and once run its list and winners", run_show),
                                    ("run", "freeze the entrants, reveal the seed, pick the winners (once)", run_run)):
        x = ds.add_parser(name, help=helptext)
        x.add_argument("draw_id", type=record_id)
        x.add_argument("--format", choices=("table", "json"), default="table")
        x.set_defaults(handler=handler)

    v = ds.add_parser("verify", help="recompute the winners from the seed and the frozen list (exit 1: mismatch)")
    v.add_argument("draw_id", type=record_id, nargs="?", default=None)
    v.add_argument("--file", default="", metavar="PATH", help="a published record instead of the database")
    v.set_defaults(handler=run_verify)

    a = ds.add_parser("announce", help="draft the announcement post of a drawn draw in the composer")
    a.add_argument("draw_id", type=record_id)
    a.add_argument("--account", required=True, metavar="UID")
    a.add_argument("--at", required=True, type=plan_time, metavar="ISO|now")
    a.add_argument("--link", required=True, metavar="URL", help="where the record is published (safe domain)")
    a.add_argument("--format", choices=("table", "json"), default="table")
    a.set_defaults(handler=run_announce)

    e = ds.add_parser("export", help="the record to publish with the result (JSON)")
    e.add_argument("draw_id", type=record_id)
    e.add_argument("--output", default="-", metavar="PATH")
    e.set_defaults(handler=run_export)


def _print_draw(ctx: Any, d: Draw) -> None:
    out = ctx.stdout
    print(f"draw #{d.id} {d.name} ({d.state.value}): post {d.post_mid}, deadline "
          f"{d.deadline.astimezone(_TZ):%Y-%m-%d %H:%M} (Beijing), {d.winners_wanted} winner(s)", file=out)
    print(f"  commitment: {d.commitment}", file=out)
    if d.state is not DrawState.DRAWN:
        print("  publish the commitment with the activity; the seed is revealed at the draw", file=out)
        return
    print(f"  seed: {d.seed}", file=out)
    counts = d.excluded_counts()
    print(f"  entrants: {len(d.entrants)}, eligible: {len(d.eligible)}, excluded: "
          + (", ".join(f"{n} {k} ({EXCLUSION_ZH[Exclusion(k)]})" for k, n in sorted(counts.items())) or "none"),
          file=out)
    names = d.names()
    for n, uid in enumerate(d.winners, 1):
        print(f"  winner {n}: {uid} {names.get(uid, '')}", file=out)
    if len(d.winners) < d.winners_wanted:
        print(f"  only {len(d.winners)} eligible entrant(s) for {d.winners_wanted} prize(s)", file=out)


def run_create(args: argparse.Namespace, ctx: Any) -> int:
    d = ctx.services().publishing.draws.create(args.name, args.post, args.deadline, args.winners,
                                                must_comment=not args.forwards_count, event_id=args.event)
    if args.format == "json":
        print_json(ctx.stdout, {"id": d.id, "commitment": d.commitment, "deadline": d.deadline.isoformat()})
    else:
        _print_draw(ctx, d)
    return 0


def run_list(args: argparse.Namespace, ctx: Any) -> int:
    draws = ctx.services().publishing.draws.list()
    if args.format == "json":
        print_json(ctx.stdout, [{"id": d.id, "name": d.name, "post_mid": d.post_mid, "state": d.state.value,
                                 "deadline": d.deadline.isoformat(), "commitment": d.commitment,
                                 "winners": list(d.winners)} for d in draws])
        return 0
    print_table(ctx.stdout, ("id", "name", "post", "deadline", "state", "winners", "commitment"),
                [(d.id, d.name, d.post_mid, f"{d.deadline.astimezone(_TZ):%Y-%m-%d %H:%M}", d.state.value,
                  f"{len(d.winners)}/{d.winners_wanted}", d.commitment[:16] + "…") for d in draws])
    return 0


def run_show(args: argparse.Namespace, ctx: Any) -> int:
    draws = ctx.services().publishing.draws
    if args.format == "json":
        print_json(ctx.stdout, draws.record(args.draw_id))
    else:
        _print_draw(ctx, draws.get(args.draw_id))
    return 0


def run_run(args: argparse.Namespace, ctx: Any) -> int:
    outcome = ctx.services().publishing.draws.run(args.draw_id)
    if args.format == "json":
        print_json(ctx.stdout, {**ctx.services().publishing.draws.record(args.draw_id), "already": outcome.already})
        return 0
    if outcome.already:
        print(f"draw #{args.draw_id} was drawn before; the result stands:", file=ctx.stdout)
    _print_draw(ctx, outcome.draw)
    return 0


def _report(ctx: Any, v: Verification) -> int:
    if v.ok:
        print(f"verified: the winners follow from the seed and the frozen list ({', '.join(v.recomputed) or 'none'})",
              file=ctx.stdout)
        return 0
    for problem in v.problems:
        print(f"matrix-desktop: draw does not verify: {problem}", file=ctx.stderr)
    return 1


def run_verify(args: argparse.Namespace, ctx: Any) -> int:
    if args.file:
        try:
            record = json.loads(Path(args.file).read_text(encoding="utf-8-sig"))
        except json.JSONDecodeError as exc:
            raise ValidationError(f"{args.file} is not JSON (line {exc.lineno}): {exc.msg}") from None
        if not isinstance(record, dict):
            raise ValidationError(f"{args.file} is not a draw record (a JSON object)")
        return _report(ctx, verify_record(record))
    if args.draw_id is None:
        raise ValidationError("name a draw (draw verify ID) or a published record (--file PATH)")
    return _report(ctx, ctx.services().publishing.draws.verify(args.draw_id))


def run_export(args: argparse.Namespace, ctx: Any) -> int:
    text = json.dumps(ctx.services().publishing.draws.record(args.draw_id), ensure_ascii=False, indent=2) + "\n"
    if args.output == "-":
        ctx.stdout.write(text)
    else:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"wrote {args.output}", file=ctx.stderr)
    return 0


def run_announce(args: argparse.Namespace, ctx: Any) -> int:
    pub = ctx.services().publishing
    text = pub.draws.announcement(args.draw_id, args.link)
    checked = pub.posts.draft(args.account, text, args.at, Column.FAN_ACTIVITY)
    if args.format == "json":
        print_json(ctx.stdout, post_json(checked.post, checked.hits))
    else:
        print(f"announcement drafted as post #{checked.post.id}; a leader approves it as any post", file=ctx.stdout)
        for h in checked.hits:
            print(f"  [{h.level.value}] {h.message_en}", file=ctx.stdout)
    return 0
