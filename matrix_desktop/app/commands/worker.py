"""`matrix-desktop worker [--until-idle] [--poll SECONDS]`: send approved forwards and publish scheduled
posts when they are due.

For a machine that stays on (the window does the same while it is open). Several workers may run
against one PostgreSQL database: each entry is claimed by one of them (row locks, SKIP LOCKED).
"""

from __future__ import annotations

import argparse
import signal
import threading
from datetime import UTC, datetime
from typing import Any

from matrix_desktop.app.argtypes import bounded_float, bounded_int
from matrix_desktop.services.forwarding.sending import DEFAULT_LEASE_SECONDS, default_worker_id


def register(sub: Any) -> None:
    p = sub.add_parser("worker", help="run due forwarding and publishing work (headless)")
    p.add_argument("--until-idle", action="store_true", help="exit once nothing is pending")
    p.add_argument("--poll", type=bounded_float(0.1, 3600, "seconds"), default=15.0, metavar="SECONDS", help="longest sleep between checks")
    p.add_argument("--lease", type=bounded_int(1, 3600, "seconds"), default=DEFAULT_LEASE_SECONDS, metavar="SECONDS",
                   help="how long a claimed entry is held before another worker may take it over")
    p.add_argument("--batch", type=bounded_int(1, 1000, "a batch size"), default=5, help="entries claimed at once")
    p.add_argument("--worker-id", default=None, help="name in the entries' claims (default: host-pid)")
    p.set_defaults(handler=run_worker)


def run_worker(args: argparse.Namespace, ctx: Any) -> int:
    services = ctx.services(require_actor=True)
    fw = services.forwarding
    worker = args.worker_id or default_worker_id()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    total = posts = 0
    while not stop.is_set():
        n = fw.sending.run_due(worker_id=worker, limit=args.batch, lease_seconds=args.lease)
        published = services.publishing.publisher.run_due(worker_id=worker, limit=args.batch,
                                                          lease_seconds=args.lease)
        total += n
        posts += published
        if n or published:
            continue
        pending, nxt = fw.sending.pending()
        pending_posts, next_post = services.publishing.publisher.pending()
        pending += pending_posts
        nxt = min((t for t in (nxt, next_post) if t is not None), default=None)
        if args.until_idle and pending == 0:
            break
        wait = args.poll if nxt is None else (nxt - datetime.now(UTC)).total_seconds()
        stop.wait(min(args.poll, max(0.05, wait)))
    print(f"worker {worker}: {total} forward(s), {posts} post(s) handled", file=ctx.stderr)
    return 0
