"""`matrix-desktop credentials import|list|verify|revoke` (admins)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from matrix_desktop.app.output import print_table
from matrix_desktop.core.errors import MatrixError, ValidationError
from matrix_desktop.core.textcodec import decode_text


def register(sub: Any) -> None:
    p = sub.add_parser("credentials", help="app credentials and account tokens (kept in the OS keyring)")
    csub = p.add_subparsers(dest="credentials_command", metavar="ACTION", required=True)
    imp = csub.add_parser("import", help="register and connect accounts from a --print-credentials JSON file")
    imp.add_argument("file", help="JSON file, or - for standard input")
    imp.set_defaults(handler=run_import)
    ls = csub.add_parser("list", help="token state of every account (tokens masked)")
    ls.set_defaults(handler=run_list)
    ver = csub.add_parser("verify", help="ask the platform how long each token has left")
    ver.add_argument("--account", action="append", default=[], metavar="UID")
    ver.set_defaults(handler=run_verify)
    rev = csub.add_parser("revoke", help="revoke an account's token and forget it")
    rev.add_argument("uid")
    rev.set_defaults(handler=run_revoke)


def run_import(args: argparse.Namespace, ctx: Any) -> int:
    raw = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    text = decode_text(raw, args.file)
    try:
        bundle = json.loads(text.strip().splitlines()[-1] if text.strip() else "")
    except (ValueError, IndexError) as exc:
        raise ValidationError(f"{args.file} is not JSON ({exc})") from None
    if not isinstance(bundle, dict):
        raise ValidationError(f"{args.file} must hold one JSON object like the sandbox's --print-credentials")
    n = ctx.services().credentials.import_bundle(bundle)
    print(f"connected {n} account(s); weibo.base_url = {bundle['base_url']}", file=ctx.stdout)
    return 0


def _fmt(dt: Any) -> str:
    return dt.astimezone().strftime("%Y-%m-%d %H:%M") if dt else "—"


def run_list(args: argparse.Namespace, ctx: Any) -> int:
    rows = [(s.account_uid, s.screen_name, s.role, s.state.value, s.masked or "—", _fmt(s.expires_at),
             _fmt(s.last_verified_at)) for s in ctx.services().credentials.statuses()]
    print_table(ctx.stdout, ["uid", "account", "role", "token", "masked", "expires", "verified"], rows)
    return 0


def run_verify(args: argparse.Namespace, ctx: Any) -> int:
    creds = ctx.services().credentials
    uids = args.account or sorted(creds.connected_uids())
    failed = 0
    for uid in uids:
        try:
            s = creds.verify(uid)
        except MatrixError as exc:
            failed += 1
            print(f"matrix-desktop: {uid}: {exc}", file=ctx.stderr)
            continue
        print(f"{uid} {s.screen_name}: {s.state.value}, expires {_fmt(s.expires_at)}", file=ctx.stdout)
    return 1 if failed else 0


def run_revoke(args: argparse.Namespace, ctx: Any) -> int:
    ctx.services().credentials.revoke(args.uid)
    print(f"revoked the token of {args.uid}", file=ctx.stdout)
    return 0
