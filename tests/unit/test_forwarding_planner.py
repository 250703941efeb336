"""The cross-forwarding planner: staggered, ordered, inside every limit, distinct texts, deterministic."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from matrix_desktop.core.accounts import AccountRole
from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.forwarding import (
    ForwardAction,
    Forwarder,
    ForwardRule,
    Plan,
    PlannedForward,
    PlanSettings,
    PlatformLimits,
    QuietHours,
    SourcePost,
    TokenState,
    check_plan,
    make_plan,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
OFFICIAL_UID = "1000000001"


def post_at(local: datetime, kinds: frozenset[str] = frozenset({"新品"})) -> SourcePost:
    return SourcePost("4987654321012345", OFFICIAL_UID, "小米公司", "年度新品发布会回顾", "……", kinds,
                      local.replace(tzinfo=SHANGHAI).astimezone(UTC))


POST = post_at(datetime(2024, 5, 1, 10, 0))


def matrix(leaders: int = 2, sub_brands: int = 3, employees: int = 10, **employee_fields: object
           ) -> list[Forwarder]:
    out = [Forwarder(f"20000{i:05d}", f"领导{i}", AccountRole.LEADER) for i in range(leaders)]
    out += [Forwarder(f"30000{i:05d}", f"子品牌{i}", AccountRole.SUB_BRAND, slogan=f"子品牌{i}口号")
            for i in range(sub_brands)]
    out += [Forwarder(f"40000{i:05d}", f"员工{i}", AccountRole.EMPLOYEE, **employee_fields)  # type: ignore[arg-type]
            for i in range(employees)]
    return out


def rules_for(forwarders: list[Forwarder], **fields: object) -> list[ForwardRule]:
    return [ForwardRule(OFFICIAL_UID, f.uid, **fields) for f in forwarders]  # type: ignore[arg-type]


DEFAULT_SETTINGS = PlanSettings(seed=1)


def plan_for(forwarders: list[Forwarder], settings: PlanSettings = DEFAULT_SETTINGS,
             post: SourcePost = POST, **rule_fields: object) -> Plan:
    return make_plan(post, rules_for(forwarders, **rule_fields), forwarders, settings)


def reasons(plan: Plan) -> dict[str, str]:
    return {s.account_uid: s.reason for s in plan.skipped}


def test_no_two_forwards_closer_than_the_minimum_gap() -> None:
    forwarders = matrix(employees=60)
    plan = plan_for(forwarders, PlanSettings(seed=3, min_gap_seconds=180))
    assert len(plan.entries) > 30
    assert all((b.at - a.at) >= timedelta(seconds=180) for a, b in pairwise(plan.entries))


def test_leaders_go_before_sub_brands_before_employees() -> None:
    forwarders = matrix(leaders=3, sub_brands=4, employees=20)
    random.Random(5).shuffle(forwarders)
    plan = plan_for(forwarders)
    ranks = [e.role.rank for e in plan.entries]
    assert ranks == sorted(ranks)
    assert [e.role for e in plan.entries[:3]] == [AccountRole.LEADER] * 3


def test_official_account_forwards_a_leaders_post_when_a_rule_says_so() -> None:
    leader_post = replace(POST, author_uid="2000000000", author_name="雷总")
    official = Forwarder(OFFICIAL_UID, "小米公司", AccountRole.OFFICIAL)
    others = matrix(leaders=2)
    rules = [ForwardRule("2000000000", f.uid) for f in [official, *others]]
    plan = make_plan(leader_post, rules, [official, *others], PlanSettings(seed=2))
    assert plan.entries[0].account_uid == OFFICIAL_UID
    assert "2000000000" not in {e.account_uid for e in plan.entries}  # the author: 领导0 has uid 2000000000


def test_expired_token_is_skipped_with_a_reason() -> None:
    forwarders = matrix(employees=3)
    forwarders[-1] = replace(forwarders[-1], token_state=TokenState.EXPIRED)
    plan = plan_for(forwarders)
    assert reasons(plan) == {forwarders[-1].uid: "token expired — reconnect the account"}
    assert forwarders[-1].uid not in {e.account_uid for e in plan.entries}


def test_every_account_that_must_not_forward_is_skipped_and_says_why() -> None:
    base = Forwarder("4000000001", "员工", AccountRole.EMPLOYEE)
    cases = {
        "4000000001": (replace(base, token_state=TokenState.NONE), "not connected"),
        "4000000002": (replace(base, uid="4000000002", opted_out=True), "opted out"),
        "4000000003": (replace(base, uid="4000000003", open_flag_severity="high"),
                       "open high-severity verification flag"),
        "4000000004": (replace(base, uid="4000000004", daily_cap=5, forwards_today=5), "daily cap 5 reached"),
        "4000000005": (replace(base, uid="4000000005", calls_today=100), "daily limit of 100 API calls"),
        "4000000006": (replace(base, uid="4000000006", token_state=TokenState.EXPIRING), None),
        "4000000007": (replace(base, uid="4000000007", open_flag_severity="medium"), None),
    }
    forwarders = [f for f, _ in cases.values()]
    rules = rules_for(forwarders) + [ForwardRule(OFFICIAL_UID, "4999999999")]  # an account since removed
    plan = make_plan(POST, rules, forwarders, PlanSettings(seed=0))
    got = reasons(plan)
    for uid, (_, expected) in cases.items():
        if expected is None:
            assert uid not in got
        else:
            assert expected in got[uid]
    assert "not an account of the matrix" in got["4999999999"]
    assert {e.account_uid for e in plan.entries} == {"4000000006", "4000000007"}


def test_same_seed_gives_the_same_plan() -> None:
    forwarders = matrix(employees=40, quiet_hours=QuietHours(time(12), time(13)))
    shuffled = forwarders[:]
    random.Random(9).shuffle(shuffled)
    one = make_plan(POST, rules_for(forwarders), forwarders, PlanSettings(seed=42))
    again = make_plan(POST, rules_for(shuffled), shuffled, PlanSettings(seed=42))
    other = make_plan(POST, rules_for(forwarders), forwarders, PlanSettings(seed=43))
    assert one == again
    assert one.to_json_dict() == again.to_json_dict()
    assert one != other


def test_no_forward_lands_in_quiet_hours() -> None:
    night = QuietHours.parse("23:00-07:30")
    late_post = post_at(datetime(2024, 5, 1, 22, 50))
    forwarders = matrix(employees=30, quiet_hours=night)
    # The accounts' own quiet hours alone (the company's would move the whole plan to 08:00).
    plan = plan_for(forwarders, PlanSettings(seed=4, default_quiet_hours=None), post=late_post,
                    delay_max_minutes=12 * 60)
    assert len(plan.entries) > 20
    for e in plan.entries:
        local = e.at.astimezone(SHANGHAI)
        if e.role is AccountRole.EMPLOYEE:
            assert not night.contains(local), local
    employees = [e for e in plan.entries if e.role is AccountRole.EMPLOYEE]
    assert employees[0].at.astimezone(SHANGHAI).time() == time(7, 30)


def test_account_whose_quiet_hours_cover_the_window_is_skipped_with_a_reason() -> None:
    forwarders = [Forwarder("4000000001", "夜猫", AccountRole.EMPLOYEE, quiet_hours=QuietHours(time(9), time(18)))]
    plan = plan_for(forwarders)
    assert plan.entries == ()
    assert "quiet hours 09:00–18:00" in plan.skipped[0].reason


def test_texts_are_pairwise_distinct_and_avoid_used_texts() -> None:
    forwarders = matrix(employees=200)
    used = {forwarders[0].uid: {"小米公司的新动态，值得一看", "推荐阅读：年度新品发布会回顾"}}
    plan = make_plan(POST, rules_for(forwarders), forwarders,
                     PlanSettings(seed=8, window_minutes=24 * 60, min_gap_seconds=60, default_quiet_hours=None),
                     used_texts=used)
    texts = [e.text for e in plan.entries if e.text]  # plain reposts say nothing of their own
    assert len(plan.entries) == 205
    assert len(set(texts)) == len(texts)
    assert not set(texts) & used[forwarders[0].uid]


def test_rule_templates_and_a_sub_brands_slogan_are_used() -> None:
    forwarders = [Forwarder("3000000001", "小米之家", AccountRole.SUB_BRAND, slogan="让每个人都能享受科技的乐趣")]
    plan = plan_for(forwarders, templates=("{slogan}｜{author}：{title}",), action=ForwardAction.COMMENT)
    assert plan.entries[0].text == "让每个人都能享受科技的乐趣｜小米公司：年度新品发布会回顾"
    assert plan.entries[0].action is ForwardAction.COMMENT


def test_window_too_small_keeps_leaders_and_sub_brands_and_skips_employees_with_a_reason() -> None:
    forwarders = matrix(leaders=2, sub_brands=3, employees=50)
    plan = plan_for(forwarders, PlanSettings(seed=1, window_minutes=30, min_gap_seconds=120))
    roles = Counter(e.role for e in plan.entries)
    assert roles[AccountRole.LEADER] == 2 and roles[AccountRole.SUB_BRAND] == 3
    assert 0 < roles[AccountRole.EMPLOYEE] < 50
    assert all(s.reason == "no room inside the window without breaking the minimum gap" for s in plan.skipped)
    assert len(plan.entries) + len(plan.skipped) == 55


def test_first_forward_waits_for_the_minimum_delay_and_the_plan_stays_in_the_window() -> None:
    forwarders = matrix(employees=20)
    plan = plan_for(forwarders, delay_min_minutes=10, delay_max_minutes=90)
    assert plan.entries[0].at == POST.published_at + timedelta(minutes=10)
    assert all(e.at <= POST.published_at + timedelta(minutes=90) for e in plan.entries)


def test_times_do_not_form_a_visible_grid() -> None:
    plan = plan_for(matrix(employees=40))
    gaps = [(b.at - a.at).total_seconds() for a, b in pairwise(plan.entries)]
    assert len(set(gaps)) > len(gaps) * 0.8


def test_account_at_its_hourly_post_limit_waits_for_the_hour_to_roll_over() -> None:
    busy = Forwarder("4000000001", "忙碌员工", AccountRole.EMPLOYEE, posts_last_hour=30)
    plan = plan_for([busy])
    assert plan.entries[0].at >= POST.published_at + timedelta(hours=1)
    short = plan_for([busy], PlanSettings(seed=1, window_minutes=20))
    assert "hourly limit of 30 posts" in short.skipped[0].reason


def test_only_rules_for_the_posts_kind_and_author_apply() -> None:
    forwarders = matrix(leaders=1, sub_brands=1, employees=1)
    rules = [
        ForwardRule(OFFICIAL_UID, forwarders[0].uid, post_kinds=frozenset({"招聘"})),
        ForwardRule(OFFICIAL_UID, forwarders[1].uid, post_kinds=frozenset({"新品", "活动"})),
        ForwardRule("2999999999", forwarders[2].uid),
        ForwardRule(OFFICIAL_UID, forwarders[2].uid, enabled=False),
    ]
    plan = make_plan(POST, rules, forwarders, PlanSettings())
    assert [e.account_uid for e in plan.entries] == [forwarders[1].uid]
    assert plan.skipped == ()


def test_check_plan_reports_an_entry_a_leader_moved_too_early() -> None:
    forwarders = matrix(employees=5)
    settings = PlanSettings(seed=1)
    plan = make_plan(POST, rules_for(forwarders), forwarders, settings)
    assert check_plan(plan, forwarders, settings, post=POST) == []
    last = plan.entries[-1]
    moved = replace(last, at=plan.entries[0].at + timedelta(seconds=30), text=plan.entries[1].text)
    bad = replace(plan, entries=(*plan.entries[:-1], moved))
    problems = check_plan(bad, forwarders, settings, post=POST)
    assert any("below the minimum gap of 120 s" in p for p in problems)
    assert any("leaders first, then sub-brands, then employees" in p for p in problems)
    assert any("repeats the text" in p for p in problems)


def test_check_plan_reports_quiet_hours_caps_and_used_texts() -> None:
    f = Forwarder("4000000001", "员工", AccountRole.EMPLOYEE, quiet_hours=QuietHours(time(9), time(11)),
                  daily_cap=1, forwards_today=1)
    entry = PlannedForward(f.uid, f.screen_name, f.role, POST.published_at, ForwardAction.REPOST, "转发")
    problems = check_plan(Plan(POST.mid, 0, (entry,), ()), [f], PlanSettings(), used_texts={f.uid: {"转发"}})
    assert any("quiet hours 09:00–11:00" in p for p in problems)
    assert any("daily cap 1 reached" in p for p in problems)
    assert any("20019" in p for p in problems)


def test_plan_json_has_iso_times_with_offset() -> None:
    plan = plan_for([Forwarder("4000000001", "员工", AccountRole.EMPLOYEE),
                     Forwarder("4000000002", "离职员工", AccountRole.EMPLOYEE, opted_out=True)])
    data = plan.to_json_dict()
    assert data["post"] == POST.mid and data["seed"] == 1
    assert data["entries"][0]["at"] == "2024-05-01T02:05:00+00:00"
    assert data["entries"][0]["action"] == "repost"
    assert data["skipped"] == [{"account_uid": "4000000002", "reason": "opted out"}]


def test_bad_rule_template_is_refused_naming_the_variable() -> None:
    with pytest.raises(ValidationError, match=r"\{price\}"):
        plan_for(matrix(employees=1), templates=("{author}特价{price}",))


def test_bad_settings_and_naive_times_are_refused() -> None:
    with pytest.raises(ValidationError, match="time zone"):
        plan_for(matrix(), post=replace(POST, published_at=datetime(2024, 5, 1, 2, 0)))
    with pytest.raises(ValidationError, match="Mars/Olympus"):
        plan_for(matrix(), PlanSettings(timezone="Mars/Olympus"))
    with pytest.raises(ValidationError, match="jitter"):
        plan_for(matrix(), PlanSettings(jitter_fraction=1.0))


def test_quiet_hours_wrap_midnight() -> None:
    night = QuietHours.parse("23:00–07:30")
    assert night.contains(datetime(2024, 5, 1, 23, 0)) and night.contains(datetime(2024, 5, 2, 7, 29))
    assert not night.contains(datetime(2024, 5, 2, 7, 30))
    assert night.next_open(datetime(2024, 5, 1, 23, 15)) == datetime(2024, 5, 2, 7, 30)
    assert night.next_open(datetime(2024, 5, 2, 3, 0)) == datetime(2024, 5, 2, 7, 30)
    assert night.next_open(datetime(2024, 5, 2, 12, 0)) == datetime(2024, 5, 2, 12, 0)
    with pytest.raises(ValidationError):
        QuietHours.parse("25:00-07:00")


def test_a_5000_employee_matrix_gets_a_valid_plan() -> None:
    forwarders = matrix(leaders=4, sub_brands=12, employees=5000)
    settings = PlanSettings(seed=1, window_minutes=24 * 60, min_gap_seconds=10, default_quiet_hours=None)
    plan = make_plan(POST, rules_for(forwarders), forwarders, settings)
    assert len(plan.entries) + len(plan.skipped) == 5016
    assert len(plan.entries) > 4000
    assert check_plan(plan, forwarders, settings, post=POST) == []


# --- property tests over random matrices --------------------------------------------------------

ROLES = [AccountRole.OFFICIAL, AccountRole.LEADER, AccountRole.SUB_BRAND, AccountRole.EMPLOYEE]
quiet_hours = st.one_of(
    st.none(),
    st.builds(QuietHours, st.builds(time, st.integers(0, 23), st.sampled_from([0, 30])),
              st.builds(time, st.integers(0, 23), st.sampled_from([0, 15]))),
)


@st.composite
def forwarder_specs(draw: st.DrawFn, n: int) -> Forwarder:
    role = draw(st.sampled_from(ROLES))
    return Forwarder(
        uid=f"5{n:09d}", screen_name=f"账号{n}", role=role,
        slogan=draw(st.sampled_from(["", "科技让生活更美好"])),
        daily_cap=draw(st.integers(0, 6)), quiet_hours=draw(quiet_hours), opted_out=draw(st.booleans()),
        token_state=draw(st.sampled_from(list(TokenState))),
        open_flag_severity=draw(st.sampled_from(["none", "low", "medium", "high"])),
        posts_last_hour=draw(st.integers(0, 31)), calls_today=draw(st.integers(0, 100)),
        forwards_today=draw(st.integers(0, 3)),
    )


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[SourcePost, list[ForwardRule], list[Forwarder], PlanSettings,
                                        dict[str, set[str]]]:
    size = draw(st.integers(0, 40))
    forwarders = [draw(forwarder_specs(n)) for n in range(size)]
    post = post_at(datetime(2024, 5, 1, draw(st.integers(0, 23)), draw(st.integers(0, 59))),
                   kinds=frozenset(draw(st.lists(st.sampled_from(["新品", "活动", "招聘"]), max_size=2))))
    rules: list[ForwardRule] = []
    for f in forwarders:
        if draw(st.booleans()) or not rules:
            lo = draw(st.integers(0, 120))
            rules.append(ForwardRule(
                OFFICIAL_UID, f.uid,
                post_kinds=frozenset(draw(st.lists(st.sampled_from(["新品", "活动"]), max_size=1))),
                action=draw(st.sampled_from(list(ForwardAction))),
                delay_min_minutes=lo, delay_max_minutes=lo + draw(st.integers(0, 600)),
                templates=tuple(draw(st.lists(st.sampled_from(
                    ["{author}：{title}", "{slogan}，{title}", "转发{author}", "好"]), max_size=2))),
            ))
    settings_ = PlanSettings(
        seed=draw(st.integers(0, 2**32)),
        window_minutes=draw(st.one_of(st.none(), st.integers(1, 600))),
        min_gap_seconds=draw(st.integers(0, 900)),
        jitter_fraction=draw(st.floats(0.0, 0.9)),
        limits=draw(st.sampled_from([PlatformLimits.STANDARD, PlatformLimits.CLASSIC])),
    )
    used = {f.uid: {"小米公司：年度新品发布会回顾", "好"} for f in forwarders[: size // 3]}
    return post, rules, forwarders, settings_, used


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_every_random_plan_keeps_every_rule(scenario: tuple[SourcePost, list[ForwardRule], list[Forwarder],
                                                            PlanSettings, dict[str, set[str]]]) -> None:
    post, rules, forwarders, settings_, used = scenario
    plan = make_plan(post, rules, forwarders, settings_, used_texts=used)
    assert check_plan(plan, forwarders, settings_, post=post, used_texts=used) == []


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.randoms(use_true_random=False))
def test_every_rule_named_account_is_planned_or_skipped_once_and_order_does_not_matter(
        scenario: tuple[SourcePost, list[ForwardRule], list[Forwarder], PlanSettings, dict[str, set[str]]],
        rnd: random.Random) -> None:
    post, rules, forwarders, settings_, used = scenario
    plan = make_plan(post, rules, forwarders, settings_, used_texts=used)
    named = {r.forwarder_uid for r in rules if r.applies_to(post)}
    accounted = [e.account_uid for e in plan.entries] + [s.account_uid for s in plan.skipped]
    assert sorted(accounted) == sorted(named)
    assert all(s.reason for s in plan.skipped)
    shuffled = forwarders[:]
    rnd.shuffle(shuffled)
    assert make_plan(post, rules, shuffled, settings_, used_texts=used) == plan
