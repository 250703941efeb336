"""`matrix-desktop accounts list|import|export`."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path
from typing import Any

from matrix_desktop.app import paths
from matrix_desktop.app.output import confirm, print_json, print_table
from matrix_desktop.core.accounts import AccountQuery, SortKey, parse_role
from matrix_desktop.core.errors import ImportRejected
from matrix_desktop.core.progress import Progress


def register(sub: Any) -> None:
    p = sub.add_parser("accounts", help="list, import and export the matrix's accounts")
    asub = p.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)

    lst = asub.add_parser("list", help="list accounts")
    lst.add_argument("--role", action="append", default=[], help="official, leader, sub_brand or employee")
    lst.add_argument("--search", default="", help="text in name, uid, owner, team or verification")
    lst.add_argument("--archived", action="store_true", help="include archived accounts")
    lst.add_argument("--sort", choices=[k.value for k in SortKey], default=SortKey.ROLE.value)
    lst.add_argument("--format", choices=("table", "json", "csv"), default="table")
    lst.set_defaults(handler=run_list)

    imp = asub.add_parser("import", help="import a CSV file (all rows or none)")
    imp.add_argument("file", help="CSV file (UTF-8, UTF-16 or GBK), or - for standard input; columns the "
                                  "file lacks are left as they are, an empty cell clears its field")
    imp.add_argument("--yes", action="store_true", help="change existing accounts without asking (scripts)")
    imp.add_argument("--dry-run", action="store_true", help="print what the import would do, change nothing")
    imp.set_defaults(handler=run_import)

    exp = asub.add_parser("export", help="export accounts as CSV (UTF-8 with BOM)")
    exp.add_argument("file", nargs="?", default="-", help="where to write (default: standard output)")
    exp.add_argument("--format", choices=("csv", "json"), default="csv")
    exp.set_defaults(handler=run_export)


def _query(args: argparse.Namespace, include_archived: bool | None = None) -> AccountQuery:
    roles = frozenset(parse_role(r) for r in getattr(args, "role", []))
    return AccountQuery(roles=roles, text=getattr(args, "search", ""),
                        include_archived=args.archived if include_archived is None else include_archived,
                        sort=SortKey(getattr(args, "sort", SortKey.ROLE.value)))


def _plain(a: Any) -> dict[str, Any]:
    d = dataclasses.asdict(a)
    d["role"] = a.role.value
    d.pop("id", None)
    return d


def run_list(args: argparse.Namespace, ctx: Any) -> int:
    services = ctx.services()
    accounts = services.registry.search(_query(args))
    if args.format == "json":
        print_json(ctx.stdout, [_plain(a) for a in accounts])
    elif args.format == "csv":
        ctx.stdout.write(services.registry.export_csv(_query(args)).lstrip("\ufeff"))
    else:
        print_table(ctx.stdout, ["uid", "name", "role", "owner", "team", "V", "followers", "verified reason"], [
            (a.uid, a.screen_name, a.role.value, a.owner, a.team, "V" if a.verified else "",
             a.followers_count, a.verified_reason) for a in accounts
        ])
        for w in services.registry.warnings():
            print(f"note: {w}", file=ctx.stderr)
    return 0


def run_import(args: argparse.Namespace, ctx: Any) -> int:
    raw = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    services = ctx.services()

    tty = ctx.stderr.isatty()
    shown: list[tuple[str, int]] = []

    def show(p: Progress) -> None:
        if not p.total or (not tty and not p.done):
            return
        if tty:
            ctx.stderr.write(f"\r{p.label}: {p.done}/{p.total}")
            return
        # Not a terminal (a log, a pipe): one line per phase and per tenth, not a line per batch.
        step = (p.label, p.done * 10 // p.total)
        if step not in shown:
            shown.append(step)
            ctx.stderr.write(f"{p.label}: {p.done}/{p.total} ({p.done * 100 // p.total}%)\n")
            ctx.stderr.flush()

    try:
        plan = services.registry.preview_import(raw)
        for line in plan.summary_lines():
            print(f"{args.file}: {line}", file=ctx.stdout)
        if args.dry_run:
            return 0
        if plan.changes_existing and not confirm(
                f"Import {args.file}, changing {len(plan.update)} existing account(s)?", yes=args.yes,
                out=ctx.stdout, refuse="nothing imported"):
            print("matrix-desktop: nothing imported", file=ctx.stderr)
            return 1
        report = services.registry.import_csv(raw, progress=show)
    except ImportRejected as exc:
        print(f"matrix-desktop: nothing imported, {len(exc.rows)} bad row(s) in {args.file}:", file=ctx.stderr)
        for row in exc.rows:
            print(f"  {args.file}:{row.line}: {row.reason}", file=ctx.stderr)
        return 2
    if tty:
        ctx.stderr.write("\n")
    print(f"imported {report.total} account(s): {report.created} new, {report.updated} updated", file=ctx.stdout)
    return 0


def run_export(args: argparse.Namespace, ctx: Any) -> int:
    services = ctx.services()
    q = AccountQuery(include_archived=True)
    if args.format == "json":
        import json

        text = json.dumps([_plain(a) for a in services.registry.search(q)], ensure_ascii=False, indent=2,
                          default=str) + "\n"
        data = text.encode("utf-8")
    else:
        data = services.registry.export_csv(q).encode("utf-8")
    if args.file == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data) if ctx.stdout is sys.stdout else ctx.stdout.write(data.decode("utf-8"))
    else:
        target = Path(args.file)
        paths.write_private(target, data)
        print(f"exported to {target}", file=ctx.stderr)
    return 0
