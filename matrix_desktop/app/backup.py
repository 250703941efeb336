"""Backing up and restoring the database on behalf of an admin: the store's copy (see store.backup) plus
the audit trail's record of it, for the command line and the window alike.

A restore re-anchors the sealed audit trail at the backup's head with an audit entry that names the
head it replaced: a restore is a rollback the trail shows, not a truncation it hides."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from matrix_desktop.core.audit_seal import AuditHead
from matrix_desktop.core.company import MemberRole
from matrix_desktop.store.backup import backup, restore
from matrix_desktop.store.db import migrate_to_head


def backup_database(services: Any, path: Path) -> str:
    """Write a consistent copy to `path` (admins); the schema revision it holds."""
    services.current_actor().require("back up the database", MemberRole.ADMIN)
    revision = backup(services.engine, path)
    with services.uow() as uow:
        uow.audit.append(services.current_actor().name, "db.backup", "", {"file": str(path), "schema": revision})
        uow.commit()
    return str(revision)


def restore_database(services: Any, path: Path) -> tuple[str, str]:
    """Replace the database with the backup at `path` (admins; the caller has asked). Returns the backup's
    schema revision and, in words, the audit trail it replaced."""
    actor = services.current_actor()
    actor.require("restore the database", MemberRole.ADMIN)
    with services.uow.readonly() as uow:
        before = uow.audit.all()
    replaced = f"{len(before)} entries, last #{before[-1].id}" if before else "empty"
    revision = restore(services.engine, path)
    migrate_to_head(services.engine)
    with services.uow.readonly() as uow:
        entries = uow.audit.all()
        chain_id, _ = uow.audit.chain()
    if services.uow.seal is not None and services.uow.seal.key(chain_id) is not None:
        last = entries[-1] if entries else None
        services.uow.seal.reanchor(chain_id, AuditHead(len(entries), last.id, last.hash) if last
                                   else AuditHead(0, 0, ""))
    with services.uow() as uow:
        uow.audit.append(actor.name, "db.restore", "", {"file": str(path), "schema": revision, "replaced": replaced})
        uow.commit()
    return str(revision), replaced
