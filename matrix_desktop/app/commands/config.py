"""`matrix-desktop config get|set|list`."""

from __future__ import annotations

import argparse
from typing import Any

from matrix_desktop.app.config import SCHEMA, SECRET_STEERING, Config, change_setting
from matrix_desktop.app.output import confirm


def register(sub: Any) -> None:
    p = sub.add_parser("config", help="read and change settings (e.g. weibo.base_url)")
    csub = p.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    g = csub.add_parser("get", help="print one setting")
    g.add_argument("key")
    g.set_defaults(handler=run_get)
    s = csub.add_parser("set", help="change one setting (weibo.base_url, weibo.redirect_uri and "
                                    "keyring.backend: admins only, audited)")
    s.add_argument("key")
    s.add_argument("value")
    s.add_argument("--yes", action="store_true", help="do not ask for confirmation (for scripts)")
    s.set_defaults(handler=run_set)
    ls = csub.add_parser("list", help="print every setting")
    ls.set_defaults(handler=run_list)


def run_get(args: argparse.Namespace, ctx: Any) -> int:
    print(Config().get(args.key), file=ctx.stdout)
    return 0


def run_set(args: argparse.Namespace, ctx: Any) -> int:
    if args.key not in SECRET_STEERING:
        value = Config().set(args.key, args.value)
        print(f"{args.key} = {value}", file=ctx.stdout)
        return 0
    services = ctx.services()  # who is acting: --as / MATRIX_USER (the setup actor on a new database)

    def ask(old: Any, new: Any) -> bool:
        return confirm(f"Change {args.key} from {old} to {new}? The Weibo tokens follow this setting.",
                       yes=args.yes, out=ctx.stdout, refuse=f"{args.key} not changed")

    value = change_setting(services.config, services.uow, services.actor, args.key, args.value, confirm=ask)
    if str(value) != str(Config.parse(args.key, args.value)):
        print(f"{args.key} not changed", file=ctx.stderr)
        return 1
    print(f"{args.key} = {value}", file=ctx.stdout)
    return 0


def run_list(args: argparse.Namespace, ctx: Any) -> int:
    for key, value in Config().items():
        print(f"{key} = {value}    # {SCHEMA[key].help}", file=ctx.stdout)
    return 0
