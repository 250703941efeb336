"""File ▸ Back up / Restore: the database copied while the app runs, or put back from a copy (admins)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from matrix_desktop.app.backup import backup_database, restore_database
from matrix_desktop.core.changes import Change
from matrix_desktop.core.company import MemberRole
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import tr
from matrix_desktop.ui.ops import Op
from matrix_desktop.ui.qt import QtCore, QtWidgets
from matrix_desktop.ui.widgets import status_message

ALL_CHANGES = tuple(Change)


def may_back_up(ctx: UiContext) -> bool:
    return ctx.services.actor.has(MemberRole.ADMIN)


def on_backup_triggered(parent: QtWidgets.QWidget, ctx: UiContext,
                        done: Callable[[Path], None] | None = None) -> None:
    """Ask where, then copy the database there off the GUI thread; `done(path)` once it is written."""
    stamp = QtCore.QDateTime.currentDateTime().toString("yyyyMMdd-HHmm")
    path, _ = QtWidgets.QFileDialog.getSaveFileName(parent, tr("Back up the database"),
                                                    f"matrix-backup-{stamp}.db", tr("Database backups (*.db)"))
    if not path:
        return
    target = Path(path)

    def written(target: Path) -> None:
        status_message(parent, tr("Backup written to {path}", path=str(target)))
        if done is not None:
            done(target)

    (Op(ctx.host, parent, lambda job: backup_database(ctx.services, target))
     .with_progress(tr("Backing up the database"))
     .on_success(lambda rev: written(target))
     .changes(Change.AUDIT).run())


def on_restore_triggered(parent: QtWidgets.QWidget, ctx: UiContext) -> None:
    path, _ = QtWidgets.QFileDialog.getOpenFileName(parent, tr("Restore from a backup"), "",
                                                    tr("Database backups (*.db)"))
    if not path:
        return
    source = Path(path)
    answer = QtWidgets.QMessageBox.warning(
        parent, tr("Restore from a backup"),
        tr("Replace everything in the database with the backup {name}? What was added since the backup is "
           "lost. Stop workers and close the app on the other desktops first.", name=source.name),
        QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.Cancel,
        QtWidgets.QMessageBox.StandardButton.Cancel)
    if answer != QtWidgets.QMessageBox.StandardButton.Yes:
        return
    (Op(ctx.host, parent, lambda job: restore_database(ctx.services, source)).writes()
     .with_progress(tr("Restoring the database"))
     .on_success(lambda result: status_message(parent, tr("Restored from {name}", name=source.name)))
     .changes(*ALL_CHANGES).run())
