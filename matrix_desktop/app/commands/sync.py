"""`matrix-desktop sync [--account UID]`."""

from __future__ import annotations

import argparse
import signal
from typing import Any

from matrix_desktop.app.output import print_table
from matrix_desktop.core.progress import CancelToken, Progress


def register(sub: Any) -> None:
    p = sub.add_parser("sync", help="bring profiles, posts, comments, mentions and follows from Weibo")
    p.add_argument("--account", action="append", default=[], metavar="UID", help="only this account (repeatable)")
    p.set_defaults(handler=run_sync)


def run_sync(args: argparse.Namespace, ctx: Any) -> int:
    services = ctx.services()
    cancel = CancelToken()
    previous = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, lambda *_: cancel.cancel())
    tty = ctx.stderr.isatty()

    def show(p: Progress) -> None:
        if tty:
            ctx.stderr.write(f"\r\033[K{p.label} ({p.done}/{p.total})")
            ctx.stderr.flush()

    try:
        report = services.sync.sync(args.account or None, progress=show, cancel=cancel)
    finally:
        signal.signal(signal.SIGINT, previous)
        if tty:
            ctx.stderr.write("\r\033[K")
    rows = []
    for r in report.results:
        state = "ok" if r.ok else (r.skipped or r.error)
        rows.append((r.uid, r.screen_name, state, r.new_posts, r.new_interactions, r.follows))
    print_table(ctx.stdout, ["uid", "account", "result", "posts", "comments/mentions", "following"], rows,
                max_col=60)
    print(report.summary(), file=ctx.stdout)
    for r in report.failed:
        print(f"matrix-desktop: {r.screen_name} ({r.uid}): {r.error}", file=ctx.stderr)
    if report.results and not report.ok:
        print("matrix-desktop: no account was synced (connect accounts: `matrix-desktop credentials import`)",
              file=ctx.stderr)
        return 1
    return 1 if report.failed else 0
