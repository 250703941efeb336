"""The words of a plan: they fit the post's kind and the forwarder's role, and never sound like a chorus."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from matrix_desktop.core.accounts import AccountRole
from matrix_desktop.core.forwarding import (
    Forwarder,
    ForwardRule,
    PlanSettings,
    SourcePost,
    check_plan,
    make_plan,
)
from matrix_desktop.core.forwarding.posts import PostKind, post_kind, post_title
from matrix_desktop.core.forwarding.voice import celebration, closest_pair, default_voice, similarity
from matrix_desktop.weibo.sandbox.demo import LEADER_POSTS, OFFICIAL_POSTS, SUB_BRAND_POSTS

STATEMENT = "关于近期网传“星河牛奶添加剂”的说明：经第三方检测，所有批次均符合国家标准，详见 https://x.example/notice"


def demo_like_matrix(employees: int = 30) -> list[Forwarder]:
    out = [Forwarder("2000000001", "林建华", AccountRole.LEADER, slogan="做一杯让孩子放心的好牛奶"),
           Forwarder("2000000002", "周明远", AccountRole.LEADER)]
    out += [Forwarder(f"30000000{i:02d}", f"星河子品牌{i}", AccountRole.SUB_BRAND) for i in range(3)]
    out += [Forwarder(f"4{i:09d}", f"员工{i}", AccountRole.EMPLOYEE) for i in range(employees)]
    return out


def post_of(text: str) -> SourcePost:
    return SourcePost("5010000000000001", "1000000001", "星河乳业", post_title(text), text, frozenset(),
                      datetime(2026, 12, 2, 2, 0, tzinfo=UTC))


def plan_for(text: str, seed: int, forwarders: list[Forwarder]):  # type: ignore[no-untyped-def]
    post = post_of(text)
    rules = [ForwardRule(post.author_uid, f.uid) for f in forwarders]
    settings = PlanSettings(seed=seed, window_minutes=240, min_gap_seconds=60)
    return post, make_plan(post, rules, forwarders, settings), settings


def test_similarity_is_the_share_of_character_bigrams_two_texts_have_in_common() -> None:
    assert similarity("请以官方说明为准。", "请以官方说明为准。") == 1.0
    assert similarity("不信谣，不传谣。", "涨知识了。") == 0.0
    assert similarity("", "转发微博") == 0.0


def test_a_statement_about_a_rumour_is_forwarded_plainly_without_celebration() -> None:
    assert post_kind(STATEMENT) is PostKind.STATEMENT
    _, plan, _ = plan_for(STATEMENT, 1, demo_like_matrix())
    assert len(plan.entries) == 35
    for e in plan.entries:
        assert celebration(e.text) == [], e.text
    plain = [e for e in plan.entries if not e.text]
    assert 0 < len(plain) < len(plan.entries)  # a mix: plain reposts and short comments
    assert all(e.role is AccountRole.EMPLOYEE for e in plain)  # leaders say something


def test_the_owners_own_line_is_used() -> None:
    _, plan, _ = plan_for("星河的初心：让每个孩子都喝上放心奶。", 3, demo_like_matrix())
    assert next(e.text for e in plan.entries if e.account_uid == "2000000001") == "做一杯让孩子放心的好牛奶"


def test_a_text_the_account_said_in_the_last_30_days_is_not_said_again() -> None:
    forwarders = demo_like_matrix(employees=0)
    _, first, _ = plan_for(OFFICIAL_POSTS[1], 1, forwarders)
    said = {e.account_uid: e.text for e in first.entries}
    again = [Forwarder(f.uid, f.screen_name, f.role, recent_texts=frozenset({said[f.uid]})) for f in forwarders]
    _, second, _ = plan_for(OFFICIAL_POSTS[1], 1, again)
    assert all(e.text != said[e.account_uid] for e in second.entries)


def test_the_team_lines_replace_the_built_in_ones() -> None:
    voice = default_voice().with_lines({"product": {"employee": ["我们家的新品，欢迎试试"]}})
    assert voice.for_(PostKind.PRODUCT, AccountRole.EMPLOYEE) == ("我们家的新品，欢迎试试",)
    assert voice.for_(PostKind.PRODUCT, AccountRole.LEADER) == default_voice().for_(PostKind.PRODUCT,
                                                                                    AccountRole.LEADER)


POSTS = [*OFFICIAL_POSTS, *LEADER_POSTS, *SUB_BRAND_POSTS]


@settings(max_examples=20, deadline=None)
@given(text=st.sampled_from(POSTS), seed=st.integers(0, 10_000), employees=st.integers(0, 60))
def test_no_two_comments_of_a_plan_share_more_than_half_their_bigrams(text: str, seed: int, employees: int) -> None:
    post, plan, settings_ = plan_for(text.format(domain="x.example"), seed, demo_like_matrix(employees))
    sim, a, b = closest_pair(e.text for e in plan.entries)
    assert sim <= 0.5, (a, b)
    if post_kind(post.text).serious:
        assert all(not celebration(e.text) for e in plan.entries)
    assert check_plan(plan, demo_like_matrix(employees), settings_, post=post) == []
