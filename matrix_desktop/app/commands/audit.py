"""`matrix-desktop audit verify|list|export`."""

from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path
from typing import Any

from matrix_desktop.app import paths
from matrix_desktop.app.audit_check import verify_trail, write_checkpoint
from matrix_desktop.app.output import print_table
from matrix_desktop.core.audit import canonical_detail
from matrix_desktop.core.csvsafe import guard_row


def register(sub: Any) -> None:
    p = sub.add_parser("audit", help="the append-only audit trail")
    asub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    v = asub.add_parser("verify", help="check the sealed chain and its anchors; exit 1 if any entry was "
                                       "altered or removed, 2 if it cannot be checked")
    v.add_argument("--checkpoint", metavar="PATH", type=Path, default=None,
                   help="also compare with a checkpoint file written by `audit checkpoint`")
    v.set_defaults(handler=run_verify)
    cp = asub.add_parser("checkpoint", help="verify, then write the trail's head to a file to compare later")
    cp.add_argument("path", type=Path)
    cp.set_defaults(handler=run_checkpoint)
    ls = asub.add_parser("list", help="list entries")
    ls.add_argument("--action", default="", help="only actions starting with this, e.g. credential.")
    ls.add_argument("--actor", default="")
    ls.add_argument("--limit", type=int, default=50)
    ls.set_defaults(handler=run_list)
    ex = asub.add_parser("export", help="export the trail as CSV")
    ex.add_argument("file", nargs="?", default="-")
    ex.set_defaults(handler=run_export)


def run_verify(args: argparse.Namespace, ctx: Any) -> int:
    report = verify_trail(ctx.services(), args.checkpoint)
    for p in report.problems:
        print(f"matrix-desktop: {p}", file=ctx.stderr)
    print(report.summary(), file=ctx.stdout)
    return 0 if report.intact else 1


def run_checkpoint(args: argparse.Namespace, ctx: Any) -> int:
    report = write_checkpoint(ctx.services(), args.path)
    print(report.summary(), file=ctx.stdout)
    if not report.intact:
        print("matrix-desktop: no checkpoint written: the trail is not intact", file=ctx.stderr)
        return 1
    print(f"checkpoint written to {args.path}", file=ctx.stdout)
    return 0


def run_list(args: argparse.Namespace, ctx: Any) -> int:
    entries = ctx.services().audit.entries(action_prefix=args.action, actor=args.actor)
    rows = [(e.id, e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"), e.actor, e.action, e.account_uid,
             canonical_detail(e.detail)) for e in entries[-args.limit:]]
    print_table(ctx.stdout, ["#", "when", "who", "action", "account", "detail"], rows, max_col=60)
    return 0


def run_export(args: argparse.Namespace, ctx: Any) -> int:
    out = io.StringIO(newline="")
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["id", "at", "actor", "action", "account_uid", "detail", "prev_hash", "hash"])
    for e in ctx.services().audit.entries():
        w.writerow(guard_row([e.id, e.at.isoformat(), e.actor, e.action, e.account_uid,
                              canonical_detail(e.detail), e.prev_hash, e.hash]))
    text = "\ufeff" + out.getvalue()
    if args.file == "-":
        ctx.stdout.write(text)
    else:
        paths.write_private(Path(args.file), text.encode("utf-8"))
    return 0
