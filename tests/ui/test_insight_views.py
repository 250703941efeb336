"""The insight areas in the window: the window opens on Today, a Today line opens its place, charts
export PNG and a formula-guarded CSV, and the audits and keyword areas show stored data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from matrix_desktop.core.accounts import AccountInput, AccountRole
from matrix_desktop.core.insight.keywords import WatchKind
from matrix_desktop.core.weibo import PlatformUser
from matrix_desktop.ui.insight.analytics import AnalyticsView
from matrix_desktop.ui.insight.audits import SetupAuditView
from matrix_desktop.ui.insight.keywords import KeywordsView
from matrix_desktop.ui.insight.today import TodayView
from matrix_desktop.ui.main_window import MainWindow
from tests.fixtures.matrix import LEADER, OFFICIAL, add_team, fan_comment, store_interactions
from tests.ui.conftest import wait_idle

NOW = datetime.now(UTC)


def seed(services) -> None:  # type: ignore[no-untyped-def]
    add_team(services)
    services.act_as("op")
    services.registry.create(AccountInput(OFFICIAL, "星河乳业", AccountRole.OFFICIAL, followers_count=100))
    services.registry.create(AccountInput(LEADER, "林建华-星河乳业", AccountRole.LEADER, followers_count=40))
    store_interactions(services, [fan_comment(n, f"=HYPERLINK 喝了拉肚子{n}", NOW - timedelta(minutes=n),
                                              author_uid=f"70000{n}") for n in range(1, 8)])
    services.inbox.triage.ingest()
    services.insight.snapshots.take()
    services.insight.keywords.ensure_defaults()
    services.insight.keywords.check()
    with services.uow() as uow:
        uow.sync.replace_follows(OFFICIAL, [PlatformUser("8000002", "娱乐圈八卦君", True, 220)], NOW)
        uow.commit()


def test_the_window_opens_on_today_and_a_line_opens_its_place(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    seed(ui_ctx.services)
    window = MainWindow(ui_ctx)
    qtbot.addWidget(window)
    wait_idle(qtbot, ui_ctx)
    assert window.area_keys()[0] == "today" and window.nav.currentRow() == 0
    today = window.areas["today"]
    assert isinstance(today, TodayView)
    assert {i.section for i in today.model.items} >= {"alert", "crisis"}  # the comments read as crises
    alert_line = next(i for i in today.model.items if i.section == "alert")
    today.on_table_activated(alert_line)
    wait_idle(qtbot, ui_ctx)
    assert window._specs[window.nav.currentRow()].key == "keywords"
    keywords = window.areas["keywords"]
    assert isinstance(keywords, KeywordsView)
    assert keywords.table_area.selected_id() == alert_line.place.item_id
    wait_idle(qtbot, ui_ctx)
    assert keywords.item_model.rowCount() == 7

    inbox_line = next(i for i in today.model.items if i.place.area == "inbox")
    today.on_table_activated(inbox_line)
    wait_idle(qtbot, ui_ctx)
    assert window._specs[window.nav.currentRow()].key == "inbox"
    assert window.areas["inbox"].table_area.selected_id() == inbox_line.place.item_id


def test_every_chart_exports_png_and_guarded_csv(qtbot, ui_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seed(ui_ctx.services)
    view = AnalyticsView(ui_ctx)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    wait_idle(qtbot, ui_ctx)
    for panel in view.panels:
        panel.export_png(tmp_path / f"{panel.name}.png")
        panel.export_csv(tmp_path / f"{panel.name}.csv")
        assert (tmp_path / f"{panel.name}.png").read_bytes()[:4] == b"\x89PNG"
    accounts_csv = (tmp_path / "fan_ratio_accounts.csv").read_text("utf-8-sig")
    assert "星河乳业,7,100,7.0" in accounts_csv  # seven distinct fans of 100 followers
    roles = (tmp_path / "fan_ratio_roles.csv").read_text("utf-8-sig")
    assert roles.splitlines()[0] == "role,interactive_fans,followers,ratio_percent"


def test_audits_show_the_checklist_and_the_unrelated_follows(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    seed(ui_ctx.services)
    view = SetupAuditView(ui_ctx)
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    assert view.setup_model.rowCount() == 2
    leader = next(s for s in view.setup_model.items if s.account.uid == LEADER)
    assert leader.check("verification").status == "missing"
    assert [v.follow.target_name for v in view.follow_model.items] == ["娱乐圈八卦君"]
    assert view.follow_model.items[0].category == "unrelated"


def test_the_monthly_report_button_prints_the_pdf_off_the_gui_thread(qtbot, ui_ctx, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                     monkeypatch) -> None:
    seed(ui_ctx.services)
    view = AnalyticsView(ui_ctx)
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    month = NOW.astimezone().strftime("%Y-%m")
    out = tmp_path / "report.pdf"
    monkeypatch.setattr("matrix_desktop.ui.insight.analytics.QtWidgets.QInputDialog.getItem",
                        lambda *a, **k: (month, True))
    monkeypatch.setattr("matrix_desktop.ui.insight.analytics.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "report"), "PDF (*.pdf)"))
    with qtbot.wait_signal(view.report_saved, timeout=60_000) as saved:
        view.report_button.click()
        assert not view.report_button.isEnabled()  # one print at a time
    assert saved.args == [str(out)] and view.saved_report == out
    assert out.read_bytes().startswith(b"%PDF") and view.report_button.isEnabled()
    assert not list(tmp_path.glob("*.part"))


def test_an_alert_a_sync_raised_elsewhere_is_told_once_when_today_reads_it(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    # The sync checks the watch lists in the worker process, where this window's callbacks are not: the
    # next summary with a newer alert than the last is what tells the window (banner and tray), once.
    seed(ui_ctx.services)
    today = TodayView(ui_ctx)
    qtbot.addWidget(today)
    told: list[str] = []
    today.banner_requested.connect(told.append)
    wait_idle(qtbot, ui_ctx)
    assert told == []  # what was there when the window opened is on the page, not a new notice
    monitor = ui_ctx.services.insight.keywords
    monitor.on_alert.clear()  # as in the worker process: nobody here hears the check itself
    monitor.put_watch("芝士奶盖", WatchKind.PRODUCT, ["芝士奶盖"])
    store_interactions(ui_ctx.services, [fan_comment(100 + n, f"芝士奶盖什么时候上市{n}", NOW - timedelta(seconds=n),
                                                     author_uid=f"71000{n}") for n in range(1, 9)])
    assert monitor.check()  # a spike of the new watch
    today.reload()
    wait_idle(qtbot, ui_ctx)
    assert len(told) == 1 and "芝士奶盖" in told[0]
    today.reload()
    wait_idle(qtbot, ui_ctx)
    assert len(told) == 1  # the same alert is not told again
