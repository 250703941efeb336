"""Fixtures for the Qt tests: services on a real SQLite file and a UiContext whose workers are shut down."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from matrix_desktop.app.bootstrap import AppServices
from matrix_desktop.ui.context import UiContext
from matrix_desktop.ui.i18n import set_language
from matrix_desktop.ui.qt import QtCore


@pytest.fixture
def db_url(sqlite_url: str) -> str:
    """The Qt tests run on SQLite only (the services fixture of tests/conftest.py uses this)."""
    return sqlite_url


@pytest.fixture
def ui_ctx(qapp, services: AppServices, tmp_path: Path) -> Iterator[UiContext]:  # type: ignore[no-untyped-def]
    set_language("en")
    settings = QtCore.QSettings(str(tmp_path / "ui.ini"), QtCore.QSettings.Format.IniFormat)
    ctx = UiContext.create(services, settings)
    yield ctx
    ctx.tracker.cancel_all()
    ctx.host.executors.shutdown()


def wait_idle(qtbot, ctx: UiContext, timeout: int = 10000) -> None:  # type: ignore[no-untyped-def]
    """Wait until every op the UI started has finished (and the ones they started in turn)."""
    def settled() -> None:
        assert not ctx.tracker.busy

    for _ in range(3):
        qtbot.waitUntil(settled, timeout=timeout)
        qtbot.wait(30)
