"""Insight on SQLite and PostgreSQL: follower history, the interactive-fan ratio over stored comments, the
Today page's one read, keyword alerts, and the audits over stored follow rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from matrix_desktop.app.bootstrap import AppServices
from matrix_desktop.core.accounts import AccountInput, AccountQuery, AccountRole
from matrix_desktop.core.errors import PermissionDenied
from matrix_desktop.core.insight.audits import CheckStatus, FollowCategory
from matrix_desktop.core.insight.keywords import WatchKind
from matrix_desktop.core.weibo import PlatformUser
from tests.fixtures.matrix import LEADER, OFFICIAL, add_team, fan_comment, store_interactions

NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture(autouse=True)
def matrix(services: AppServices) -> AppServices:
    add_team(services)
    services.act_as("op")
    services.registry.create(AccountInput(OFFICIAL, "星河乳业", AccountRole.OFFICIAL, followers_count=100,
                                          verified=True, description="官方微博 客服热线400-800-1234"))
    services.registry.create(AccountInput(LEADER, "林建华-星河乳业", AccountRole.LEADER, followers_count=50))
    services.insight.use_clock(lambda: NOW)
    return services


def test_the_fan_ratio_counts_a_fan_who_comments_five_times_once(services: AppServices) -> None:
    five = [fan_comment(n, f"第{n}条评论", NOW - timedelta(hours=n), author_uid="7000001") for n in range(1, 6)]
    other = fan_comment(9, "路过", NOW - timedelta(hours=1), author_uid="7000002")
    own = fan_comment(10, "欢迎大家", NOW - timedelta(hours=1), author_uid=LEADER, from_matrix=True)
    old = fan_comment(11, "很久以前", NOW - timedelta(days=60), author_uid="7000003")
    store_interactions(services, [*five, other, own, old])
    by_account, by_role = services.insight.analytics.fan_ratios(NOW - timedelta(days=30), NOW + timedelta(seconds=1))
    official = next(r for r in by_account if r.key == OFFICIAL)
    assert (official.fans, official.followers, official.ratio) == (2, 100, 0.02)
    roles = {r.key: r for r in by_role}
    assert roles["official"].fans == 2 and roles["matrix"].followers == 150


def test_snapshots_accumulate_a_follower_history(services: AppServices) -> None:
    services.insight.snapshots.take()
    services.insight.use_clock(lambda: NOW + timedelta(hours=1))
    services.insight.snapshots.take([OFFICIAL])
    history = services.insight.snapshots.history(NOW - timedelta(days=1), NOW + timedelta(hours=2))
    assert [(p.account_uid, p.followers_count) for p in history] == [(OFFICIAL, 100), (LEADER, 50), (OFFICIAL, 100)]
    report = services.insight.analytics.report(NOW - timedelta(days=1), NOW + timedelta(hours=2))
    assert report.matrix_followers[-1][1] == 150 and len(report.followers[OFFICIAL]) == 2


def test_today_reads_unanswered_items_crises_and_breaches_in_one_go(services: AppServices) -> None:
    services.inbox.use_clock(lambda: NOW - timedelta(hours=30))
    store_interactions(services, [
        fan_comment(1, "买的星河纯牛奶胀包了，客服一直不回复，要求退款！", NOW - timedelta(hours=30)),
        fan_comment(2, "孩子喝了星河牛奶食物中毒住院了，记者已经来了", NOW - timedelta(hours=29)),
        fan_comment(3, "请问开封后能放多久？", NOW - timedelta(hours=2)),
    ])
    services.inbox.triage.ingest()
    today = services.insight.today.summary()
    assert today.unanswered_total == 3 and today.overnight_total >= 1
    assert today.unanswered[0].priority <= today.unanswered[-1].priority
    assert [c.category for c in today.crises] == ["crisis"] and today.crises[0].first_seen_at is not None
    assert today.breaches_total >= 1  # the complaint's SLA passed a day ago


def test_a_crisis_word_burst_raises_one_alert_with_its_items(services: AppServices) -> None:
    assert services.insight.keywords.ensure_defaults() == 2  # leaders and crisis words (no company names yet)
    burst = [fan_comment(20 + n, f"喝了星河牛奶拉肚子{n}", NOW - timedelta(minutes=n)) for n in range(1, 9)]
    store_interactions(services, burst)
    alerts = services.insight.keywords.check()
    assert [a.watch_name for a in alerts] == ["危机词"] and alerts[0].count == 8
    assert {t.text for t in services.insight.keywords.items(alerts[0])} == {c.text for c in burst}
    assert services.insight.keywords.check() == []  # the same spike extends, it does not alarm twice
    today = services.insight.today.summary()
    assert [a.id for a in today.alerts] == [alerts[0].id]
    assert services.insight.keywords.acknowledge(alerts[0].id)
    assert services.insight.today.summary().alerts == []


def test_only_operators_and_admins_edit_watch_lists(services: AppServices) -> None:
    services.act_as("leader")
    with pytest.raises(PermissionDenied):
        services.insight.keywords.put_watch("竞品", WatchKind.COMPETITOR, ["蒙牛"])
    services.act_as("op")
    w = services.insight.keywords.put_watch("竞品", WatchKind.COMPETITOR, ["蒙牛", " 蒙牛 ", "伊利"])
    assert w.terms == ("蒙牛", "伊利")


def test_audits_read_the_stored_profile_and_follow_rows(services: AppServices) -> None:
    services.insight.keywords.put_watch("竞品", WatchKind.COMPETITOR, ["蒙牛"])
    with services.uow() as uow:
        uow.sync.replace_follows(OFFICIAL, [PlatformUser("8000001", "中国奶业协会", True, 7),
                                            PlatformUser("8000002", "娱乐圈八卦君", True, 220),
                                            PlatformUser("8000003", "蒙牛乳业官方", True, 2)], NOW)
        uow.commit()
    report = services.insight.audits.report()
    leader = next(s for s in report.setups if s.account.uid == LEADER)
    assert leader.check("verification").status == CheckStatus.MISSING
    assert {v.follow.target_name: v.category for v in report.follows} == {
        "中国奶业协会": FollowCategory.INDUSTRY, "娱乐圈八卦君": FollowCategory.UNRELATED,
        "蒙牛乳业官方": FollowCategory.COMPETITOR}


def test_the_spike_check_finds_its_rows_in_the_database_alike_on_both_engines(services: AppServices) -> None:
    from matrix_desktop.core.insight.keywords import search_patterns, spike_windows

    stored = [
        fan_comment(30, "ＸＩＮＧＨＥ的牛奶有异物", NOW - timedelta(minutes=5)),  # full-width brand, folded
        fan_comment(31, "XingHe 100%_好喝", NOW - timedelta(minutes=6)),
        fan_comment(32, "xinghe 异物", NOW - timedelta(days=1, minutes=30)),  # the same hours yesterday
        fan_comment(33, "xinghe 异物", NOW - timedelta(days=1, hours=5)),  # outside every window
        fan_comment(34, "xinghe 官方回复", NOW - timedelta(minutes=1), author_uid=LEADER, from_matrix=True),
        fan_comment(35, "普通评论", NOW - timedelta(minutes=2)),
    ]
    store_interactions(services, stored)
    windows = spike_windows(NOW, services.insight.keywords.settings, NOW - timedelta(days=30))
    assert len(windows) == 8
    with services.uow.readonly() as uow:
        found = uow.insight.keyword_texts(search_patterns(["xinghe"]), windows)
        literal = uow.insight.keyword_texts(search_patterns(["100%_"]), windows)
        nothing = uow.insight.keyword_texts(search_patterns(["e%1"]), windows)
    assert sorted(t.text for t in found) == sorted(["ＸＩＮＧＨＥ的牛奶有异物", "XingHe 100%_好喝", "xinghe 异物"])
    assert [t.text for t in literal] == ["XingHe 100%_好喝"] and nothing == []  # % and _ are plain characters


def test_the_database_counts_distinct_fans_as_the_rule_does(services: AppServices) -> None:
    from matrix_desktop.core.insight.ratio import ratios_by_account, ratios_by_role

    services.registry.create(AccountInput("6120050003", "星河鲜奶坊", AccountRole.SUB_BRAND, followers_count=80))
    store_interactions(services, [
        *(fan_comment(n, "好喝", NOW - timedelta(hours=n), author_uid="7000001") for n in range(1, 6)),
        fan_comment(6, "路过", NOW - timedelta(hours=1), author_uid="7000002", account_uid=LEADER),
        fan_comment(7, "也路过", NOW - timedelta(hours=1), author_uid="7000002", account_uid="6120050003"),
        fan_comment(8, "我是自己人", NOW - timedelta(hours=1), author_uid=LEADER),  # a matrix account: no fan
        fan_comment(9, "太久了", NOW - timedelta(days=40), author_uid="7000003"),
    ])
    start, end = NOW - timedelta(days=30), NOW + timedelta(seconds=1)
    by_account, by_role = services.insight.analytics.fan_ratios(start, end)
    with services.uow.readonly() as uow:
        accounts = uow.accounts.search(AccountQuery())
        touches = uow.insight.fan_touches(start, end)
    assert by_account == ratios_by_account(touches, accounts) and by_role == ratios_by_role(touches, accounts)
    assert {r.key: r.fans for r in by_role} == {"official": 1, "leader": 1, "sub_brand": 1, "matrix": 2}


def test_the_database_tallies_complaint_answers_as_the_rule_does(services: AppServices) -> None:
    from sqlalchemy import update

    from matrix_desktop.services.insight.analytics import RESPONSE_BUCKETS, response_times
    from matrix_desktop.store.models.inbox import InboxItemRow

    services.inbox.use_clock(lambda: NOW - timedelta(days=2))
    came = NOW - timedelta(days=2)
    store_interactions(services, [fan_comment(n, f"买的星河纯牛奶胀包了，要求退款！第{n}箱", came + timedelta(minutes=n))
                                  for n in range(1, 8)])
    services.inbox.triage.ingest()
    # Answered after 30 min, exactly 1 h (the next bucket), 90 min, 5 h past a 2 h SLA, 30 h with no SLA;
    # two not answered yet.
    answers = {1: (timedelta(minutes=30), timedelta(hours=2)), 2: (timedelta(hours=1), timedelta(hours=2)),
               3: (timedelta(minutes=90), timedelta(hours=2)), 4: (timedelta(hours=5), timedelta(hours=2)),
               5: (timedelta(hours=30), None)}
    with services.uow() as uow:
        items = list(uow.session.execute(
            update(InboxItemRow).values(category="complaint").returning(InboxItemRow.id, InboxItemRow.created_at)))
        assert len(items) == 7
        for k, (item_id, created) in enumerate(sorted(items), start=1):
            answer, sla = answers.get(k, (None, timedelta(hours=2)))
            uow.session.execute(update(InboxItemRow).where(InboxItemRow.id == item_id).values(
                first_response_at=created + answer if answer else None, due_at=created + sla if sla else None))
        uow.commit()
    start, end = NOW - timedelta(days=3), NOW
    with services.uow.readonly() as uow:
        rows = uow.insight.complaint_responses(start, end)
    r = services.insight.analytics.report(start, end).responses
    assert r == response_times(rows)
    assert r is not None and (r.within_sla, r.late, r.unanswered) == (4, 1, 2) and r.median_hours == 1.5
    assert dict(r.buckets) == {"<1h": 1, "1-2h": 2, "2-4h": 0, "4-8h": 1, "8-24h": 0, ">24h": 1, "unanswered": 2}
    assert len(RESPONSE_BUCKETS) + 1 == len(r.buckets)
