"""`matrix-desktop members add|list|roles|deactivate|activate|remove`."""

from __future__ import annotations

import argparse
from typing import Any

from matrix_desktop.app.output import print_table
from matrix_desktop.services.members import parse_member_role


def register(sub: Any) -> None:
    p = sub.add_parser("members", help="team members and their roles (operator, leader, admin)")
    msub = p.add_subparsers(dest="members_command", metavar="ACTION", required=True)
    add = msub.add_parser("add", help="add a member (the first one must be an admin and needs no --as)")
    add.add_argument("name")
    add.add_argument("--role", action="append", required=True, help="operator, leader or admin (repeatable)")
    add.add_argument("--display-name", default="")
    add.set_defaults(handler=run_add)
    ls = msub.add_parser("list", help="list members")
    ls.set_defaults(handler=run_list)
    roles = msub.add_parser("roles", help="set a member's roles (admins only)")
    roles.add_argument("name")
    roles.add_argument("--role", action="append", required=True)
    roles.set_defaults(handler=run_roles)
    for name, what in (("deactivate", "stop a member from working in the app (admins only; history stays)"),
                       ("activate", "let a deactivated member work again (admins only)"),
                       ("remove", "remove a member from the team (admins only; history stays)")):
        cmd = msub.add_parser(name, help=what)
        cmd.add_argument("name")
        cmd.set_defaults(handler=run_status, members_status=name)


def run_add(args: argparse.Namespace, ctx: Any) -> int:
    services = ctx.services()
    m = services.members.add(args.name, frozenset(parse_member_role(r) for r in args.role), args.display_name)
    print(f"added {m.name} ({', '.join(sorted(r.value for r in m.roles))})", file=ctx.stdout)
    return 0


def run_list(args: argparse.Namespace, ctx: Any) -> int:
    services = ctx.services()
    print_table(ctx.stdout, ["name", "display name", "roles", "active"], [
        (m.name, m.display_name, ", ".join(sorted(r.value for r in m.roles)), "yes" if m.active else "no")
        for m in services.members.all()])
    return 0


def run_roles(args: argparse.Namespace, ctx: Any) -> int:
    services = ctx.services(require_actor=True)
    m = services.members.set_roles(args.name, frozenset(parse_member_role(r) for r in args.role))
    print(f"{m.name}: {', '.join(sorted(r.value for r in m.roles))}", file=ctx.stdout)
    return 0


def run_status(args: argparse.Namespace, ctx: Any) -> int:
    services = ctx.services(require_actor=True)
    if args.members_status == "remove":
        services.members.remove(args.name)
        print(f"removed {args.name}; their history stays in the audit trail", file=ctx.stdout)
    else:
        m = services.members.set_active(args.name, args.members_status == "activate")
        print(f"{m.name}: {'active' if m.active else 'deactivated'}", file=ctx.stdout)
    return 0
