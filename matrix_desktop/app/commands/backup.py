"""`matrix-desktop backup PATH` and `matrix-desktop restore PATH`: the database, safely copied and put back.

Admins only. A backup holds no secret (tokens and keys stay in the keyring) but the whole team's data,
so the file is the user's alone (0600). A restore asks first (or takes `--yes`), checks the backup
before it changes anything, migrates it to the newest schema, and re-anchors the sealed audit trail at
the backup's head with an audit entry that names the head it replaced: a restore is a rollback the
trail shows, not a truncation it hides.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from matrix_desktop.app.backup import backup_database, restore_database
from matrix_desktop.app.output import confirm
from matrix_desktop.core.company import MemberRole


def register(sub: Any) -> None:
    b = sub.add_parser("backup", help="write a consistent copy of the database to a file (admins)")
    b.add_argument("path", type=Path)
    b.set_defaults(handler=run_backup)
    r = sub.add_parser("restore", help="replace the database with a backup (admins; asks first)")
    r.add_argument("path", type=Path)
    r.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    r.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace, ctx: Any) -> int:
    revision = backup_database(ctx.services(require_actor=True), args.path)
    print(f"backup written to {args.path} (schema {revision})", file=ctx.stdout)
    return 0


def run_restore(args: argparse.Namespace, ctx: Any) -> int:
    services = ctx.services(require_actor=True)
    services.current_actor().require("restore the database", MemberRole.ADMIN)
    if not confirm(f"replace everything in the database with the backup {args.path}? Close the app and "
                   "stop workers on every desktop first.", yes=args.yes, out=ctx.stdout, refuse="not restored"):
        return 1
    revision, replaced = restore_database(services, args.path)
    print(f"restored from {args.path} (schema {revision}, now migrated to the newest); the audit trail "
          f"records what it replaced ({replaced})", file=ctx.stdout)
    return 0
