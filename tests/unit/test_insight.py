"""Insight's rules: the interactive-fan ratio, the keyword spike detector, the page-setup checklist and
the following-list audit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from matrix_desktop.core.accounts import Account, AccountRole
from matrix_desktop.core.company import CompanyProfile
from matrix_desktop.core.insight.audits import CheckStatus, FollowCategory, audit_follows, setup_checklist
from matrix_desktop.core.insight.keywords import KeywordWatch, SpikeSettings, WatchKind, detect_spike
from matrix_desktop.core.insight.ratio import INDUSTRY_AVERAGE, ratios_by_account, ratios_by_role
from matrix_desktop.core.insight.records import (
    ComplaintResponse,
    FanTouch,
    FollowedAccount,
    FollowerPoint,
    SyncedText,
)
from matrix_desktop.services.insight.analytics import matrix_series, response_times

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
COMPANY = CompanyProfile("星河乳业股份有限公司", ("星河乳业", "星河"), ("Xinghe Dairy",),
                         business_keywords=("牛奶", "乳制品"))


def acct(n: int, role: AccountRole, followers: int, **kw: object) -> Account:
    return Account(n, f"10000{n}", f"acct{n}", role, followers_count=followers, **kw)  # type: ignore[arg-type]


def test_a_fan_who_comments_five_times_counts_once() -> None:
    official = acct(1, AccountRole.OFFICIAL, 100)
    touches = [FanTouch(official.uid, "fan-a")] * 5 + [FanTouch(official.uid, "fan-b")]
    (ratio,) = ratios_by_account(touches, [official])
    assert ratio.fans == 2 and ratio.ratio == 0.02 and not ratio.above_average


def test_per_role_a_fan_of_two_sub_brands_is_one_fan_and_own_accounts_are_not_fans() -> None:
    a, b = acct(1, AccountRole.SUB_BRAND, 50), acct(2, AccountRole.SUB_BRAND, 50)
    boss = acct(3, AccountRole.LEADER, 10)
    touches = [FanTouch(a.uid, "fan"), FanTouch(b.uid, "fan"), FanTouch(a.uid, boss.uid), FanTouch(boss.uid, "x")]
    by_role = {r.key: r for r in ratios_by_role(touches, [a, b, boss])}
    assert by_role["sub_brand"].fans == 1 and by_role["sub_brand"].followers == 100
    assert by_role["leader"].fans == 1 and by_role["leader"].ratio == 0.1 > INDUSTRY_AVERAGE
    assert by_role["matrix"].fans == 2 and by_role["matrix"].followers == 110


def test_no_followers_gives_no_ratio_rather_than_a_division_by_zero() -> None:
    (ratio,) = ratios_by_account([FanTouch("100001", "f")], [acct(1, AccountRole.EMPLOYEE, 0)])
    assert ratio.ratio is None and not ratio.above_average


def texts(times: list[datetime], text: str = "喝了星河纯牛奶拉肚子") -> list[SyncedText]:
    return [SyncedText(n, "1", "fan", text, t) for n, t in enumerate(times, 1)]


CRISIS = KeywordWatch(1, "危机词", WatchKind.CRISIS, ("拉肚子", "异物"))


def test_a_burst_in_the_last_hours_is_a_spike_with_the_items_behind_it() -> None:
    usual = [NOW - timedelta(days=d, hours=1) for d in range(1, 8)]  # one a day at this hour
    burst = [NOW - timedelta(minutes=m) for m in range(1, 9)]
    spike = detect_spike(CRISIS, texts(usual + burst), NOW, SpikeSettings(), NOW - timedelta(days=30))
    assert spike is not None and spike.count == 8 and spike.baseline == 1.0
    assert len(spike.item_ids) == 8


def test_the_usual_volume_at_this_hour_is_no_spike() -> None:
    usual = [NOW - timedelta(days=d, minutes=m) for d in range(0, 8) for m in (10, 20, 30, 40, 50, 70)]
    assert detect_spike(CRISIS, texts(usual), NOW, SpikeSettings(), NOW - timedelta(days=30)) is None


def test_texts_without_the_terms_and_small_counts_raise_nothing() -> None:
    burst = [NOW - timedelta(minutes=m) for m in range(1, 20)]
    assert detect_spike(CRISIS, texts(burst, "星河酸奶真好喝"), NOW) is None
    assert detect_spike(CRISIS, texts(burst[:4]), NOW) is None  # under min_count


def test_days_before_the_synced_history_are_not_counted_as_silent() -> None:
    old = [NOW - timedelta(days=1, minutes=m) for m in range(1, 7)]  # yesterday: 6 at this hour
    now_ = [NOW - timedelta(minutes=m) for m in range(1, 8)]
    # History from 30 days back: the mean over 7 days is 6/7, and 7 items are a spike.
    assert detect_spike(CRISIS, texts(old + now_), NOW, history_start=NOW - timedelta(days=30)) is not None
    # History from 2 days back: only yesterday counts, mean 6, and 7 items are not three times that.
    assert detect_spike(CRISIS, texts(old + now_), NOW, history_start=NOW - timedelta(days=2)) is None


def test_page_setup_says_what_is_missing_and_what_is_not_stored() -> None:
    official = acct(1, AccountRole.OFFICIAL, 1, description="星河乳业官方微博 客服热线400-800-1234", verified=True)
    leader = acct(2, AccountRole.LEADER, 1, description="")
    o, le = setup_checklist(official), setup_checklist(leader)
    assert o.check("contact").status == CheckStatus.OK and o.check("verification").status == CheckStatus.OK
    assert o.check("location").status == CheckStatus.NOT_STORED and o.check("avatar").status == CheckStatus.NOT_STORED
    assert le.check("verification").status == CheckStatus.MISSING
    assert le.check("description").status == CheckStatus.MISSING and le.problems == 2


def follow(name: str, verified: bool = False, vtype: int = -1, talks: int = 0, uid: str = "") -> FollowedAccount:
    return FollowedAccount("100001", uid or f"t-{name}", name, verified, vtype, 10, talks)


def test_following_list_audit_sorts_whom_the_official_account_follows() -> None:
    official, leader = acct(1, AccountRole.OFFICIAL, 1), acct(2, AccountRole.LEADER, 1)
    employee = acct(3, AccountRole.EMPLOYEE, 1)
    follows = [follow("中国奶业协会", True, 7), follow("内蒙古文旅", True, 1), follow("奶粉代购小店"),
               follow("娱乐圈八卦君", True, 220), follow("新京报", True, 3), follow("华北经销商联盟"),
               follow("蒙牛乳业"), follow("爱喝牛奶的小王", talks=5), follow("爱喝牛奶的小李"),
               follow("x", uid=leader.uid),
               FollowedAccount(employee.uid, "t-y", "随便关注", False, -1, 1, 0)]
    verdicts = audit_follows(follows, [official, leader, employee], COMPANY, competitors=["蒙牛"])
    got = {v.follow.target_name: v.category for v in verdicts}
    assert got == {
        "中国奶业协会": FollowCategory.INDUSTRY, "内蒙古文旅": FollowCategory.INDUSTRY,
        "奶粉代购小店": FollowCategory.UNRELATED, "娱乐圈八卦君": FollowCategory.UNRELATED,
        "新京报": FollowCategory.MEDIA, "华北经销商联盟": FollowCategory.PARTNER,
        "蒙牛乳业": FollowCategory.COMPETITOR, "爱喝牛奶的小王": FollowCategory.LOYAL_FAN,
        "爱喝牛奶的小李": FollowCategory.UNRELATED, "x": FollowCategory.OWN_MATRIX,
    }  # the employee's follows are not audited
    assert verdicts[0].category == FollowCategory.UNRELATED  # the ones to review come first


def test_matrix_followers_sum_each_accounts_latest_count() -> None:
    t0, t1 = NOW - timedelta(hours=2), NOW
    points = [FollowerPoint("a", t0, 100), FollowerPoint("b", t0, 50), FollowerPoint("a", t1, 110)]
    assert matrix_series(points) == [(t0, 150), (t1, 160)]


def test_response_times_against_the_sla() -> None:
    c = NOW - timedelta(hours=10)
    items = [ComplaintResponse(1, c, c + timedelta(hours=2), c + timedelta(minutes=30)),
             ComplaintResponse(2, c, c + timedelta(hours=2), c + timedelta(hours=5)),
             ComplaintResponse(3, c, c + timedelta(hours=2), None)]
    r = response_times(items)
    assert (r.within_sla, r.late, r.unanswered, r.total) == (1, 1, 1, 3)
    assert dict(r.buckets)["<1h"] == 1 and dict(r.buckets)["4-8h"] == 1
