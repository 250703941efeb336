"""The Flags area driven as a reviewer would: see the flags, read the evidence, acknowledge, waive with
a reason, and watch the navigation badge count down."""

from __future__ import annotations

from matrix_desktop.app.bootstrap import AppServices
from matrix_desktop.core.accounts import AccountInput, AccountRole
from matrix_desktop.core.flags import FlagQuery, FlagState
from matrix_desktop.ui.flags.dialogs import ReasonDialog
from matrix_desktop.ui.flags.view import FlagsView, highlighted, open_flag_count
from matrix_desktop.ui.main_window import AreaSpec, MainWindow
from matrix_desktop.weibo.sandbox import demo
from tests.ui.conftest import wait_idle


def seed(services: AppServices) -> None:
    for uid, name, role, reason in (
            ("1000000001", "陈晓Echo", AccountRole.EMPLOYEE, "星河乳业市场总监"),
            ("1000000002", "品控老刘", AccountRole.EMPLOYEE, "星河乳业 品控工程师"),
            ("1000000003", "周明远", AccountRole.LEADER, "")):
        services.registry.create(AccountInput(uid=uid, screen_name=name, role=role, verified=bool(reason),
                                              verified_type=0 if reason else -1, verified_reason=reason))
    services.company.set(demo.DEMO_COMPANY)


def names(view: FlagsView) -> list[str]:
    return [view.model.data(view.model.index(r, 2)) for r in range(view.model.rowCount())]


def test_the_list_shows_the_flags_and_the_evidence_is_highlighted(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    seed(ui_ctx.services)
    view = FlagsView(ui_ctx)
    qtbot.addWidget(view)
    wait_idle(qtbot, ui_ctx)
    assert sorted(names(view)) == ["周明远", "品控老刘", "陈晓Echo"]
    assert view.model.data(view.model.index(0, 0)) == "High"
    view.table_area.table.selectRow(names(view).index("陈晓Echo"))
    wait_idle(qtbot, ui_ctx)
    html_text = view.detail.toHtml()
    assert "星河乳业市场总监" in html_text and "#ffe08a" in html_text

    view.kind_filter.setCurrentIndex(view.kind_filter.findData("leader_unverified"))
    wait_idle(qtbot, ui_ctx)
    assert names(view) == ["周明远"]


def test_highlighting_escapes_the_text_and_skips_a_stale_span() -> None:
    assert highlighted("<b>星河乳业</b>员工", (3, 7), "星河乳业").startswith("&lt;b&gt;<span")
    assert "<span" not in highlighted("美食博主", (0, 4), "星河乳业")


def test_acknowledge_and_waive_through_the_view_and_the_badge_counts_down(qtbot, ui_ctx) -> None:  # type: ignore[no-untyped-def]
    seed(ui_ctx.services)
    spec = AreaSpec("flags", "Flags", lambda ctx: FlagsView(ctx), badge=open_flag_count)
    window = MainWindow(ui_ctx, [spec])
    qtbot.addWidget(window)
    view = window.areas["flags"]
    assert isinstance(view, FlagsView)
    wait_idle(qtbot, ui_ctx)
    assert window.nav.item(0).text() == "Flags (3)"

    view.table_area.table.selectRow(names(view).index("陈晓Echo"))
    view.on_ack_clicked()
    wait_idle(qtbot, ui_ctx)
    assert window.nav.item(0).text() == "Flags (2)"
    acknowledged = [f for f in ui_ctx.services.flags.list() if f.state is FlagState.ACKNOWLEDGED]
    assert [f.account_name for f in acknowledged] == ["陈晓Echo"]

    view.table_area.table.selectRow(names(view).index("品控老刘"))
    view.on_waive_clicked()
    dialog = view._dialog
    assert isinstance(dialog, ReasonDialog)
    dialog.on_buttons_accepted()  # no reason yet: refused in the dialog
    assert dialog.errors.isVisibleTo(dialog) and not dialog.result()
    dialog.reason.setPlainText("品控对外发声经公司授权")
    dialog.on_buttons_accepted()
    wait_idle(qtbot, ui_ctx)
    assert window.nav.item(0).text() == "Flags (1)"
    assert sorted(names(view)) == ["周明远", "陈晓Echo"]  # the default filter hides the waived flag
    [waived] = ui_ctx.services.flags.list(FlagQuery(states=frozenset({FlagState.WAIVED})))
    assert waived.account_name == "品控老刘" and waived.updated_by == "setup"
    assert ui_ctx.services.flags.history(waived.id)[-1].reason == "品控对外发声经公司授权"
