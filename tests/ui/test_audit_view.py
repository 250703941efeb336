"""The audit view's export guards formulas and is for the user only; its check uses the sealed chain."""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

from matrix_desktop.core.company import MemberRole
from matrix_desktop.ui.admin.audit import AuditView
from tests.ui.conftest import wait_idle


def test_the_audit_export_writes_formulas_as_text(qtbot, ui_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services = ui_ctx.services
    services.members.add("boss", frozenset({MemberRole.ADMIN}))
    services.act_as("boss")
    with services.uow() as u:
        u.audit.append("=cmd|' /C calc'!A0", "@SUM(1+1)", "", {"note": '=HYPERLINK("http://x.cn")'})
        u.commit()
    view = AuditView(ui_ctx)
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    path = tmp_path / "audit.csv"
    view.export_file(path)
    wait_idle(qtbot, ui_ctx)
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"))))
    row = rows[-1]
    assert row[2:4] == ["'=cmd|' /C calc'!A0", "'@SUM(1+1)"]
    assert not any(c.startswith(("=", "+", "@", "-", "\t", "\r")) for r in rows for c in r)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    view.on_verify_clicked()
    wait_idle(qtbot, ui_ctx)
    assert "intact" in view.banner.label.text()
