"""The calendar's approve button, campaigns and prize draws: a draft a check blocks cannot be approved
and the button says why; a campaign shows its lead time on the month and beside it; a draw is run from
its tab and its result shown, verified."""

from __future__ import annotations

import os
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from matrix_desktop.app.bootstrap import AppServices
from matrix_desktop.core.accounts import AccountInput, AccountRole
from matrix_desktop.core.publishing import Column
from matrix_desktop.core.publishing.events import EventKind
from matrix_desktop.services.publishing.draws import PrizeDraws
from matrix_desktop.ui.calendar.view import CalendarView
from tests.fixtures.matrix import LEADER, OFFICIAL, add_team, fan_comment, store_interactions
from tests.ui.conftest import wait_idle

BJ = ZoneInfo("Asia/Shanghai")
LINK = "https://xinghe-dairy.example/a"


def seed(s: AppServices) -> dict[str, int]:
    add_team(s, leader_also_operator=True)
    s.registry.create(AccountInput(OFFICIAL, "星河乳业", AccountRole.OFFICIAL))
    s.registry.create(AccountInput(LEADER, "林建华", AccountRole.LEADER))
    s.config.set("weibo.safe_domain", "xinghe-dairy.example", actor=s.actor)
    s.act_as("leader")
    pub = s.publishing
    pub.library.add_word("最低价", "广告法")
    at = datetime.combine(datetime.now(BJ).date() + timedelta(days=2), time(10), BJ)
    return {"clean": pub.posts.draft(OFFICIAL, f"星河新品 {LINK}", at, Column.PRODUCT).post.id,
            "word": pub.posts.draft(OFFICIAL, f"星河酸奶全网最低价 {LINK}", at + timedelta(hours=3)).post.id,
            "nolink": pub.posts.draft(OFFICIAL, "星河酸奶上新，没有链接", at + timedelta(hours=6)).post.id}


def open_view(qtbot, ui_ctx) -> CalendarView:  # type: ignore[no-untyped-def]
    view = CalendarView(ui_ctx)
    qtbot.addWidget(view)
    view.resize(1300, 760)
    view.show()
    wait_idle(qtbot, ui_ctx)
    return view


def select(qtbot, ui_ctx, view: CalendarView, post_id: int) -> None:  # type: ignore[no-untyped-def]
    view.on_grid_post_selected(post_id)
    qtbot.waitUntil(lambda: view.composer.post is not None and view.composer.post.id == post_id)
    wait_idle(qtbot, ui_ctx)


def test_the_approve_button_is_off_on_a_blocked_draft_and_says_why(qtbot, ui_ctx, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    ids = seed(services)
    view = open_view(qtbot, ui_ctx)
    composer = view.composer
    select(qtbot, ui_ctx, view, ids["word"])
    assert not composer.approve_button.isEnabled()
    assert "最低价" in composer.approve_button.toolTip() and "sensitive" in composer.approve_reason.text()
    assert composer.approve_reason.isVisibleTo(view)

    select(qtbot, ui_ctx, view, ids["nolink"])
    assert not composer.approve_button.isEnabled()
    assert "safe domain" in composer.approve_button.toolTip()

    select(qtbot, ui_ctx, view, ids["clean"])
    assert composer.approve_button.isEnabled() and composer.approve_button.toolTip() == ""
    composer.text.setPlainText(f"星河新品改了 {LINK}")  # unsaved words: the leader approves saved text
    assert not composer.approve_button.isEnabled() and "Save" in composer.approve_button.toolTip()


def test_a_campaign_shows_on_the_month_with_its_lead_time_and_its_posts(qtbot, ui_ctx, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    ids = seed(services)
    today = datetime.now(BJ).date()
    ev = services.publishing.events.add("冬季鲜奶节", EventKind.PROMOTION, today + timedelta(days=1),
                                        today + timedelta(days=3), learned_on=today - timedelta(days=2))
    services.publishing.events.attach_post(ids["clean"], ev.id)
    view = open_view(qtbot, ui_ctx)
    assert view.data is not None and [e.name for e in view.data.events_on(today + timedelta(days=2))] == ["冬季鲜奶节"]
    assert view.show_tab("campaigns")
    qtbot.waitUntil(lambda: "冬季鲜奶节" in view.campaigns.view.toPlainText())
    text = view.campaigns.view.toPlainText()
    assert "only 3 d notice" in text and f"#{ids['clean']}" in text


def test_a_draw_runs_from_its_tab_and_shows_winners_seed_and_verification(qtbot, ui_ctx, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    seed(services)
    now = datetime.now(UTC)
    deadline = now - timedelta(minutes=5)
    store_interactions(services, [fan_comment(n, "抽我", deadline - timedelta(hours=1), followers=20)
                                  for n in range(8)])
    d = PrizeDraws(services.uow, services.current_actor, clock=lambda: now - timedelta(days=1),
                   seeds=services.credentials.store).create(
        "冬季奶卡", "4900000000000001", deadline, 2)
    view = open_view(qtbot, ui_ctx)
    assert view.show_tab("draws")
    panel = view.draws
    qtbot.waitUntil(lambda: panel.run_button.isEnabled())
    assert d.commitment in panel.view.toPlainText() and "Seed" not in panel.view.toPlainText()
    with qtbot.waitSignal(panel.verified, timeout=10000) as blocker:
        panel.run_button.click()
    assert blocker.args[0].ok
    wait_idle(qtbot, ui_ctx)
    drawn = services.publishing.draws.get(d.id)
    shown = panel.view.toPlainText()
    assert len(drawn.winners) == 2 and all(w in shown for w in drawn.winners)
    assert drawn.seed in shown and "Verified" in shown and not panel.run_button.isEnabled()
    if os.environ.get("MATRIX_SHOT_DIR"):
        view.grab().save(os.path.join(os.environ["MATRIX_SHOT_DIR"], "calendar_draw.png"))

    view.composer.account.setCurrentIndex(view.composer.account.findData(OFFICIAL))
    with qtbot.waitSignal(panel.announcement_drafted, timeout=10000) as drafted:
        panel.announce_button.click()
    post = drafted.args[0].post
    names = drawn.names()
    assert all(names[w] in post.text for w in drawn.winners) and drawn.commitment[:16] in post.text
    assert "xinghe-dairy.example/draw/" in post.text and not drafted.args[0].blocked
    wait_idle(qtbot, ui_ctx)
    assert view.side.currentIndex() == 0 and view.composer.post is not None and view.composer.post.id == post.id
