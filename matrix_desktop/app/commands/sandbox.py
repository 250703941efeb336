"""`matrix-desktop sandbox`: run the local Weibo platform emulator until interrupted."""

from __future__ import annotations

import argparse
import json
import signal
import threading
from typing import Any

from matrix_desktop.core.errors import ConfigError
from matrix_desktop.weibo.sandbox.faults import parse_fault_spec

#: The sandbox server's `TIERS`, named here rather than imported: importing the server (werkzeug) with the
#: command line would load it on every start of the app, the window's included (tests check they agree).
TIERS = ("standard", "classic")


def register(sub: Any) -> None:
    p = sub.add_parser("sandbox", help="run the local Weibo API sandbox (demo company 星河乳业)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765, help="port (0 picks a free one; default 8765)")
    p.add_argument("--data", metavar="DIR", default=None, help="keep state here (default: a temporary dir)")
    p.add_argument("--seed", choices=("demo", "none"), default="demo", help="what a fresh sandbox holds")
    p.add_argument("--seed-value", type=int, default=42, help="seed for fans, traffic and faults")
    p.add_argument("--faults", metavar="SPEC", default=None,
                   help='inject faults, e.g. "5xx=0.1,timeout=0.05,malformed=0.05,expired=0.02,ratelimit=0.03"')
    p.add_argument("--fault-delay", type=float, default=2.0, metavar="SECONDS",
                   help="how long an injected timeout holds the answer")
    p.add_argument("--tier", choices=TIERS, default="standard", help="today's limits or the older classic ones")
    p.add_argument("--traffic-rate", type=float, default=0.0, metavar="EVENTS_PER_MINUTE",
                   help="fan comments and mentions generated per minute (0: none)")
    p.add_argument("--print-credentials", action="store_true",
                   help="print one JSON line with the base URL, app key/secret and account tokens")
    p.set_defaults(handler=run_sandbox)


def run_sandbox(args: argparse.Namespace, ctx: Any) -> int:
    from matrix_desktop.weibo.sandbox.server import SandboxServer

    parse_fault_spec(args.faults)  # a bad spec is one clear line, before anything starts
    if not 0 <= args.port <= 65535:
        raise ConfigError(f"port {args.port} is out of range")
    server = SandboxServer(args.data, seed=args.seed, seed_value=args.seed_value, host=args.host, port=args.port,
                           faults=args.faults, fault_delay=args.fault_delay, tier=args.tier,
                           traffic_rate=args.traffic_rate)
    server.start()
    try:
        if args.print_credentials:
            print(json.dumps(server.credentials(), ensure_ascii=False), file=ctx.stdout, flush=True)
        print(f"Weibo sandbox ({args.tier} tier) at {server.base_url}, data in {server.data_dir}; Ctrl+C stops it",
              file=ctx.stderr, flush=True)
        stop = threading.Event()
        # SIGTERM (a test or a service manager ending us) stops cleanly too, so a temp data dir is removed.
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        while not stop.wait(0.5):
            pass
    finally:
        server.stop()
    return 0
