"""`matrix-desktop demo`: the app on the built-in sandbox with the demo company."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help="open the app on the built-in sandbox with the demo company 星河乳业")
    p.add_argument("--traffic-rate", type=float, default=6.0, metavar="PER_MINUTE",
                   help="fan comments and mentions the sandbox generates per minute (default 6)")
    p.add_argument("--fresh", action="store_true", help="start over with a new demo database")
    p.add_argument("--sync-first", action="store_true",
                   help="sync once before the window opens (the window otherwise syncs in the background)")
    # The window's options may also follow `demo` (`matrix-desktop demo --screenshot x.png`).
    p.add_argument("--screenshot", metavar="PATH", default=argparse.SUPPRESS,
                   help="render the demo's main window to a PNG (after one sync) and exit")
    p.add_argument("--view", metavar="NAME", default=argparse.SUPPRESS, help="the area to show")
    p.add_argument("--lang", choices=("zh_CN", "en"), default=argparse.SUPPRESS, help="interface language")
    p.set_defaults(handler=run_demo)


def run_demo(args: argparse.Namespace, ctx: Any) -> int:
    from matrix_desktop.app.demo import start_demo  # the sandbox server (werkzeug) only for this command

    demo = start_demo(traffic_rate=args.traffic_rate, fresh=args.fresh)
    try:
        if args.sync_first or args.screenshot:
            demo.services.sync.sync()
        if ctx.gui is None:
            print(f"demo ready in {demo.home}; sandbox at {demo.sandbox.base_url}", file=ctx.stdout)
            return 0
        args.as_member = args.as_member or "小周"
        code: int = ctx.gui(args, demo.services)
        return code
    finally:
        demo.close()
