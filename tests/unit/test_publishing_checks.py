"""The composer's checks and the calendar's gaps and clashes, on plain records."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from matrix_desktop.core.errors import ImportRejected
from matrix_desktop.core.publishing import (
    AccountPlanRules,
    Column,
    PlannedPost,
    PostState,
    SensitiveWord,
    blocking,
    check_schedule,
    check_text,
)
from matrix_desktop.core.publishing.calendar import find_clashes, find_gaps, month_weeks
from matrix_desktop.core.publishing.checks import check_length, check_safe_link, check_sensitive
from matrix_desktop.core.publishing.words import format_words_csv, parse_words_csv

BJ = ZoneInfo("Asia/Shanghai")
DOMAIN = "xinghe-dairy.example"
LINK = f"https://{DOMAIN}/a"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=BJ)


def post(n: int, uid: str, text: str, when: datetime, column: Column = Column.PRODUCT,
         state: PostState = PostState.SCHEDULED) -> PlannedPost:
    return PlannedPost(n, uid, text, when, column, state=state)


def test_a_clean_post_has_no_blocking_hit() -> None:
    hits = check_text(f"星河鲜牛奶冬季限定上市 {LINK}", safe_domain=DOMAIN, business_keywords=("牛奶",))
    assert hits == []


def test_length_is_counted_as_the_platform_counts() -> None:
    assert check_length("星" * 140) == []
    assert check_length("a" * 280) == []  # two Latin letters count as one
    [hit] = check_length("星" * 141)
    assert hit.blocking and "1" in hit.message_en


def test_the_safe_domain_link_is_required_and_a_lookalike_does_not_count() -> None:
    assert check_safe_link(f"看这里 https://m.{DOMAIN}/x", DOMAIN) == []
    [lookalike] = check_safe_link(f"看这里 https://{DOMAIN}.evil.cn/x", DOMAIN)
    assert lookalike.blocking and "not on the app's safe domain" in lookalike.message_en
    [none] = check_safe_link("没有链接", DOMAIN)
    assert "10017" in none.message_en
    [unset] = check_safe_link(f"{LINK}", "")
    assert unset.code == "no_safe_domain"


def test_sensitive_words_match_traditional_and_full_width_forms_and_name_their_category() -> None:
    words = [SensitiveWord("最低价", "广告法", "极限词"), SensitiveWord("竞品A", "竞品")]
    [hit] = check_sensitive("全網最低價！", words)
    assert hit.blocking and "广告法" in hit.message_zh and hit.span == (2, 5)
    [hit] = check_sensitive("比ＡＢ竞品ａ好喝", words)
    assert "竞品A" in hit.message_en
    assert check_sensitive("价格很低", words) == []


def test_tone_and_relevance_are_part_of_the_text_checks() -> None:
    hits = check_text(f"今天天气不错 {LINK}", safe_domain=DOMAIN, business_keywords=("牛奶", "酸奶"))
    assert [h.code for h in hits] == ["relevance"] and not blocking(hits)
    rough = check_text(f"星河牛奶，不喝是傻逼 {LINK}", safe_domain=DOMAIN)
    assert any(h.code == "tone.rough" and h.blocking for h in rough)


def test_two_posts_too_close_on_one_account_and_the_same_text_on_two_accounts_are_flagged() -> None:
    rules = AccountPlanRules("A", min_gap_minutes=60, latest="22:00")
    a1 = post(1, "A", f"星河新品 {LINK}", at(7, 10))
    a2 = post(2, "A", f"星河故事 {LINK}", at(7, 10, 30))
    b1 = post(3, "B", f"星河新品  {DOMAIN}/b https://{DOMAIN}/b", at(7, 12))
    late = post(4, "A", f"晚安 {LINK}", at(7, 22, 30))
    assert [h.code for h in check_schedule(a2, [a1], rules)] == ["too_close"]
    same = check_schedule(post(5, "B", f"星河新品 https://{DOMAIN}/other", at(8, 9)), [a1, b1], None,
                          {"A": "星河乳业"})
    assert [h.code for h in same] == ["same_text"] and "星河乳业" in same[0].message_zh and same[0].blocking
    assert [h.code for h in check_schedule(late, [], rules)] == ["hours"]
    cancelled = post(6, "A", f"星河新品 {LINK}", at(7, 10, 10), state=PostState.CANCELLED)
    assert check_schedule(a2, [cancelled], rules) == []


def test_a_week_short_of_its_quota_is_a_gap_and_clashes_are_reported_once_per_pair() -> None:
    weeks = month_weeks(2026, 12)
    assert weeks[0][0] == date(2026, 11, 30) and all(len(w) == 7 for w in weeks)
    rules = {"A": AccountPlanRules("A", {Column.PRODUCT: 2}, min_gap_minutes=60)}
    posts = [post(1, "A", f"星河一 {LINK}", at(1, 10)), post(2, "A", f"星河二 {LINK}", at(2, 10)),
             post(3, "A", f"星河三 {LINK}", at(8, 10)), post(4, "A", f"星河四 {LINK}", at(8, 10, 20))]
    gaps = find_gaps(posts, rules.values(), [w[0] for w in weeks])
    assert date(2026, 11, 30) not in {g.week_start for g in gaps}  # two product posts that week
    assert {g.week_start for g in gaps} >= {date(2026, 12, 14), date(2026, 12, 21)}
    assert "产品资讯" in gaps[0].message("zh_CN", "星河乳业")
    clashes = find_clashes(posts, rules)
    assert [(c.post_id, c.hit.code) for c in clashes] == [(4, "too_close")]


def test_the_sensitive_word_csv_round_trips_and_a_bad_file_imports_nothing() -> None:
    words = [SensitiveWord("最低价", "广告法", "极限词"), SensitiveWord("=cmd", "", "")]
    text = format_words_csv(words)
    assert parse_words_csv(text.lstrip("\ufeff")) == words
    with pytest.raises(ImportRejected) as bad:
        parse_words_csv("word,category\n最低价,广告法\n,竞品\n" + "长" * 60 + ",x\n")
    assert [p.line for p in bad.value.rows] == [3, 4]


def test_a_shifted_time_zone_is_read_in_beijing_time() -> None:
    rules = AccountPlanRules("A", latest="22:00")
    utc_late = datetime(2026, 12, 7, 14, 30, tzinfo=ZoneInfo("UTC"))  # 22:30 in Beijing
    assert [h.code for h in check_schedule(post(1, "A", LINK, utc_late), [], rules)] == ["hours"]
    assert check_schedule(post(1, "A", LINK, utc_late - timedelta(hours=1)), [], rules) == []
