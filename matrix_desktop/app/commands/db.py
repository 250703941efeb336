"""`matrix-desktop db upgrade|status`."""

from __future__ import annotations

import argparse
import os
from typing import Any

from matrix_desktop.app import paths
from matrix_desktop.store.db import create_db_engine, current_revision, head_revision, migrate_to_head


def register(sub: Any) -> None:
    p = sub.add_parser("db", help="database schema upkeep")
    dsub = p.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = dsub.add_parser("upgrade", help="migrate the database to the newest schema")
    up.set_defaults(handler=run_upgrade)
    st = dsub.add_parser("status", help="show the schema revision")
    st.set_defaults(handler=run_status)


def _url(args: argparse.Namespace) -> str:
    return str(args.db or os.environ.get("MATRIX_DB_URL") or paths.default_db_url())


def run_upgrade(args: argparse.Namespace, ctx: Any) -> int:
    engine = create_db_engine(_url(args))
    try:
        before = current_revision(engine)
        migrate_to_head(engine)
        after = current_revision(engine)
    finally:
        engine.dispose()
    if before == after:
        print(f"already at the newest schema ({after})", file=ctx.stdout)
    else:
        print(f"upgraded {before or 'an empty database'} → {after}", file=ctx.stdout)
    return 0


def run_status(args: argparse.Namespace, ctx: Any) -> int:
    engine = create_db_engine(_url(args))
    try:
        cur = current_revision(engine)
    finally:
        engine.dispose()
    head = head_revision()
    print(f"schema {cur or 'empty'}; newest {head}{'' if cur == head else ' (run: matrix-desktop db upgrade)'}",
          file=ctx.stdout)
    return 0
