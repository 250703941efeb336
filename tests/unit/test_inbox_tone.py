"""The tone guard on outgoing replies, posts and forward comments."""

from __future__ import annotations

from matrix_desktop.core.inbox.tone import ToneLevel, check_tone
from matrix_desktop.core.inbox.triage import Category


def codes(text: str, **kw: object) -> list[tuple[str, str]]:
    return [(i.code, i.level.value) for i in check_tone(text, **kw)]  # type: ignore[arg-type]


def test_a_polite_apology_with_an_ordinary_zui_word_passes() -> None:
    assert check_tone("非常抱歉！最近订单较多，我们会第一时间为您补发。", replying_to=Category.COMPLAINT) == []


def test_rough_words_block_and_point_at_the_words() -> None:
    issues = check_tone("爱喝不喝，不满意就滚")
    assert {i.code for i in issues} == {"rough"}
    assert all(i.level is ToneLevel.BLOCK for i in issues)
    assert issues[0].span == (0, 4)
    assert issues[0].message_zh.startswith("含有粗鲁") and "Rough" in issues[0].message_en


def test_latin_insults_are_matched_as_words_not_inside_other_words() -> None:
    assert ("rough", "block") in codes("你是SB吗")
    assert codes("USB 接口的奶瓶加热器") == []


def test_political_stance_topics_are_blocked() -> None:
    assert ("political", "block") in codes("我们坚决抵制日货！")


def test_absolute_claims_of_the_advertising_law_are_blocked() -> None:
    found = codes("星河是全国第一品牌，最好喝的国家级牛奶，100%纯天然")
    assert found.count(("absolute_claim", "block")) == 4


def test_zui_inside_ordinary_words_and_first_in_first_time_are_fine() -> None:
    assert codes("最近天气热，最快明天发货，第一时间通知您，最后祝您生活愉快") == []


def test_an_unusual_zui_word_is_a_warning() -> None:
    assert codes("这是我们最满意的一次合作") == [("superlative", "warn")]


def test_a_reply_to_a_complaint_without_an_apology_is_a_warning() -> None:
    assert codes("请私信订单号。", replying_to=Category.COMPLAINT) == [("missing_apology", "warn")]
    assert codes("请私信订单号。", replying_to=Category.QUESTION) == []


def test_over_the_platform_limit_is_blocked_counting_as_weibo_counts() -> None:
    assert codes("好" * 140) == []
    assert codes("好" * 141) == [("too_long", "block")]
    assert codes("a" * 30, limit_units=20) == [("too_long", "block")]


def test_a_text_identical_to_one_already_sent_is_blocked() -> None:
    assert codes("谢谢支持！", previous_texts=["谢谢支持！ "]) == [("repeated", "block")]
    assert codes("谢谢支持！", previous_texts=["谢谢支持～"]) == []


def test_blocking_issues_come_before_warnings() -> None:
    issues = check_tone("滚", replying_to=Category.COMPLAINT)
    assert [i.level for i in issues] == [ToneLevel.BLOCK, ToneLevel.WARN]
