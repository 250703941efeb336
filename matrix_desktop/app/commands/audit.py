"""`matrix-desktop audit verify|list|export`."""

from __future__ import annotations

import argparse
import csv
import getpass
import io
import os
import sys
from pathlib import Path
from typing import Any

from matrix_desktop.app import paths
from matrix_desktop.app.argtypes import bounded_int
from matrix_desktop.app.audit_check import export_audit_key, import_audit_key, verify_trail, write_checkpoint
from matrix_desktop.app.output import print_table
from matrix_desktop.core.audit import canonical_detail
from matrix_desktop.core.csvsafe import guard_row
from matrix_desktop.core.errors import ValidationError

PASSPHRASE_ENV = "MATRIX_AUDIT_KEY_PASSPHRASE"


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
    ls.add_argument("--limit", type=bounded_int(1, 1_000_000, "a limit"), default=50)
    ls.set_defaults(handler=run_list)
    key = asub.add_parser("key", help="move the trail's key between the team's desktops (team mode, admins)")
    ksub = key.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    ke = ksub.add_parser("export", help="write the key, sealed with a passphrase you choose, to a file")
    ke.add_argument("file", type=Path)
    ke.set_defaults(handler=run_key_export)
    ki = ksub.add_parser("import", help="keep the key from such a file in this desktop's keyring")
    ki.add_argument("file", type=Path)
    ki.set_defaults(handler=run_key_import)
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


def _passphrase(twice: bool) -> str:
    """From MATRIX_AUDIT_KEY_PASSPHRASE (headless use), else asked on the terminal (twice when choosing)."""
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise ValidationError(f"no terminal to ask for the passphrase: set {PASSPHRASE_ENV}")
    first = getpass.getpass("passphrase for the audit key file: ")
    if twice and getpass.getpass("the same passphrase again: ") != first:
        raise ValidationError("the two passphrases differ; nothing was written")
    return first


def run_key_export(args: argparse.Namespace, ctx: Any) -> int:
    data = export_audit_key(ctx.services(), _passphrase(twice=True))
    paths.write_private(args.file, data)
    print(f"audit key sealed into {args.file}; on the other desktop: matrix-desktop audit key import FILE "
          "(then delete the file)", file=ctx.stdout)
    return 0


def run_key_import(args: argparse.Namespace, ctx: Any) -> int:
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot read {args.file}: {exc.strerror or exc}") from None
    import_audit_key(ctx.services(), data, _passphrase(twice=False))
    print("the audit key is in this desktop's keyring; audited changes can be written from here", file=ctx.stdout)
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
