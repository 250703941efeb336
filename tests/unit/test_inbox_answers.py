"""The answer manual: CSV and Markdown import, BM25 retrieval on Chinese, and suggested replies."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from matrix_desktop.core.errors import ImportRejected, ValidationError
from matrix_desktop.core.inbox.answers import (
    ENTRY_FEATURES,
    NONE_FEATURES,
    AnswerEntry,
    AnswerIndex,
    MatchWeights,
    parse_manual_csv,
    parse_manual_markdown,
)
from matrix_desktop.core.inbox.suggest import no_entry_fits, suggest_reply
from matrix_desktop.core.inbox.triage import Category, Priority, Triage, Triager
from matrix_desktop.core.textlen import weibo_units

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


@pytest.fixture(scope="module")
def index() -> AnswerIndex:
    return AnswerIndex(parse_manual_csv((DEMO / "answer_manual.csv").read_bytes()))


def test_the_demo_manual_covers_the_departments_and_topics() -> None:
    entries = parse_manual_csv((DEMO / "answer_manual.csv").read_bytes())
    assert 25 <= len(entries) <= 40
    assert {"售后服务部", "产品部", "公关部", "电商运营部"} <= {e.department for e in entries}
    assert all(e.keywords for e in entries)


def test_csv_with_a_bom_and_keywords_in_any_separator_imports() -> None:
    raw = "\ufeffid,department,question,answer,keywords\nA1,售后,怎么退货？,七天无理由。,退货、退款;运费\n".encode()
    assert parse_manual_csv(raw) == [AnswerEntry("A1", "售后", "怎么退货？", "七天无理由。", ("退货", "退款", "运费"))]


def test_csv_import_reports_every_bad_row_and_imports_nothing() -> None:
    raw = ("id,department,question,answer\n"
           "A1,售后,怎么退货？,七天无理由。\n"
           "A2,,没有部门？,答案\n"
           "A1,产品,重复的编号,答案\n"
           "A3,产品,少一格\n").encode()
    with pytest.raises(ImportRejected) as exc:
        parse_manual_csv(raw)
    assert [r.line for r in exc.value.rows] == [3, 4, 5]
    assert "department is empty" in exc.value.rows[0].reason
    assert "already appears on line 2" in exc.value.rows[1].reason


def test_csv_without_required_columns_or_not_utf8_is_refused() -> None:
    with pytest.raises(ImportRejected, match="lacks column"):
        parse_manual_csv(b"id,question\n1,x\n")
    with pytest.raises(ValidationError, match="not text in UTF-8, UTF-16 or GBK"):
        parse_manual_csv("department,question,answer\n售后,退货,可以\n".encode("gbk") + b"\x80\xff")


def test_markdown_manual_reads_headings_departments_and_keywords() -> None:
    entries = parse_manual_markdown((DEMO / "answer_manual.md").read_text(encoding="utf-8"))
    assert [(e.key, e.department, e.question) for e in entries] == [
        ("MD-01", "售后服务部", "收到的牛奶胀袋了怎么办？"), ("md-2", "产品部", "星河的奶源在哪里？")]
    assert entries[0].keywords == ("胀袋", "变质", "冷链")
    assert entries[1].answer.startswith("星河的奶源来自")


def test_markdown_question_without_an_answer_is_refused_by_line() -> None:
    with pytest.raises(ImportRejected) as exc:
        parse_manual_markdown("## 有答案\n答案。\n\n## 没答案\n部门: 产品\n")
    assert [r.line for r in exc.value.rows] == [4]


@pytest.mark.parametrize(("text", "key"), [
    ("请问儿童成长奶粉适合几岁的宝宝？", "PD-05"),
    ("收到的酸奶全部胀袋了，冷链呢？", "AS-01"),
    ("发票怎么申请，可以开公司抬头吗", "FP-01"),
    ("会员积分怎么兑换，有有效期吗", "MB-01"),
    ("你们的奶源在哪里啊，是自己的牧场吗", "PD-04"),
    ("這個買二送一能和優惠券一起用嗎？", "PR-01"),
])
def test_the_best_entry_is_retrieved_for_chinese_questions(index: AnswerIndex, text: str, key: str) -> None:
    hits = index.search(text)
    assert hits and hits[0][0].key == key
    assert [s for _, s in hits] == sorted((s for _, s in hits), reverse=True)


def test_a_text_sharing_no_word_finds_nothing(index: AnswerIndex) -> None:
    assert index.search("今天天气真好") == []


def test_a_complaint_reply_apologises_first_answers_from_the_manual_and_fits(index: AnswerIndex) -> None:
    text = "一箱12盒只收到11盒，少发了一盒算怎么回事"
    s = suggest_reply(text, "小明", Triager().classify(text), index)
    assert s is not None
    assert s.text.startswith("回复@小明:") and "抱歉" in s.text[:20]
    assert s.entry_keys == ("AS-04",)
    assert weibo_units(s.text) <= 280 and s.tone_issues == ()


def test_a_crisis_gets_a_holding_reply_that_promises_contact_and_admits_nothing(index: AnswerIndex) -> None:
    text = "喝了你们家的纯牛奶，孩子上吐下泻，现在在医院挂水"
    s = suggest_reply(text, "宝妈", Triager().classify(text), index)
    assert s is not None and s.entry_keys == ()
    assert "联系" in s.text and "抱歉" in s.text
    assert not any(word in s.text for word in ("是我们的问题", "质量问题", "赔偿"))


def test_praise_gets_a_short_thank_you_and_spam_and_chatter_get_nothing(index: AnswerIndex) -> None:
    praise = suggest_reply("好喝！", "阿花", Triage(Category.PRAISE, Priority.P4_LOW, (), 0.9), index)
    assert praise is not None and praise.text.startswith("回复@阿花:") and "谢" in praise.text
    assert praise.tone_issues == ()
    for cat in (Category.SPAM, Category.OTHER):
        assert suggest_reply("加V", "x", Triage(cat, Priority.P4_LOW, (), 0.9), index) is None


def test_a_long_answer_is_cut_at_a_sentence_to_fit_the_limit() -> None:
    long_entry = AnswerEntry("L", "产品", "保质期多久", "保质期六个月。" + "请冷藏保存并尽快饮用。" * 30, ("保质期",))
    s = suggest_reply("保质期多久？", "小明", Triage(Category.QUESTION, Priority.P3_NORMAL, (), 0.9),
                      AnswerIndex([long_entry]))
    assert s is not None and weibo_units(s.text) <= 280 and s.text.endswith("。")


def test_a_complaint_or_question_no_entry_fits_gets_no_draft_but_a_write_one_mark(index: AnswerIndex) -> None:
    # The demo manual (a dairy's) has nothing on parking at the factory tour or on the brand's football team.
    for category, text in ((Category.COMPLAINT, "工厂参观那天停车场乱收停车费，太坑了"),
                           (Category.QUESTION, "你们赞助的足球队下赛季还踢中超吗？")):
        triage = Triage(category, Priority.P3_NORMAL, (), 0.9)
        assert index.match(text) == []
        assert suggest_reply(text, "小明", triage, index) is None
        assert no_entry_fits(category, None)
    # A crisis keeps its holding reply and praise its thanks, with or without an entry.
    crisis = suggest_reply("工厂参观那天停车场收费", "x", Triage(Category.CRISIS, Priority.P1_URGENT, (), 0.9), index)
    assert crisis is not None and not no_entry_fits(Category.CRISIS, crisis)
    assert not no_entry_fits(Category.PRAISE, None) and not no_entry_fits(Category.OTHER, None)


_TRAVEL = [
    AnswerEntry("TICKET", "票务", "景区门票预订后入园问题怎么办？", "门票预订成功后凭二维码入园。", ("门票", "景区", "入园")),
    AnswerEntry("HOTEL", "酒店", "到店没房、酒店和描述不符怎么办？", "请私信订单号，我们为您协调同级酒店。", ("没房", "酒店", "房型")),
    AnswerEntry("REFUND", "客服", "怎么退款、多久到账？", "退款原路退回，1–7个工作日到账。", ("退款", "到账", "退钱")),
]


def _feature(index: AnswerIndex, text: str, name: str) -> list[float]:
    rows, _none = index.features(text)
    return [row[ENTRY_FEATURES.index(name)] for row in rows]


def test_a_comment_sharing_only_characters_with_a_keyword_still_points_at_its_entry() -> None:
    # 儿童票 holds no whole keyword, but half of 门票 (by idf mass) and one character of the question.
    index = AnswerIndex(_TRAVEL)
    part = _feature(index, "儿童票怎么买", "a keyword in part")
    chars = _feature(index, "儿童票怎么买", "question and keywords alike by character")
    assert part[0] == pytest.approx(0.5) and part[1:] == [0.0, 0.0]
    assert chars[0] > 0 and chars[1:] == [0.0, 0.0]
    # function words (怎, 么) alone make no entry alike
    assert _feature(index, "怎么了", "question and keywords alike by character") == [0.0, 0.0, 0.0]


def test_an_entry_alone_on_the_comments_subject_is_marked() -> None:
    index = AnswerIndex(_TRAVEL)  # refund is REFUND's subject only; no entry has the subject of 积分
    assert _feature(index, "能退钱吗", "the only entry on a subject") == [0.0, 0.0, 1.0]
    assert _feature(index, "积分清零了", "the only entry on a subject") == [0.0, 0.0, 0.0]


@pytest.mark.parametrize("text", ["儿童票怎么买", "酒店到了说没房，退款要多久", "今天天气真好", "退款", "",
                                  "jiu dian mei fang, tui kuan dao zhang"])
@pytest.mark.parametrize("keywordless", [False, True])
def test_the_fast_scores_are_the_weights_times_the_features(text: str, keywordless: bool) -> None:
    # `scores` (the ingest path) and `features` (what the weights learn from) compute the same sums two ways.
    rng = random.Random(text)
    weights = MatchWeights(tuple(rng.uniform(-2, 2) for _ in ENTRY_FEATURES),
                           tuple(rng.uniform(-2, 2) for _ in NONE_FEATURES))
    entries = _TRAVEL + [AnswerEntry("VISA", "签证", "签证要多久？", "一般五个工作日出签。")] if keywordless else _TRAVEL
    index = AnswerIndex(entries, weights)
    rows, none = index.features(text)
    scores, none_score = index.scores(text)
    assert scores == pytest.approx([sum(w * x for w, x in zip(weights.entry, r, strict=True)) for r in rows])
    assert none_score == pytest.approx(sum(w * x for w, x in zip(weights.none, none, strict=True)))


def test_a_comment_in_toneless_pinyin_is_read_in_the_manuals_characters() -> None:
    entries = [
        AnswerEntry("DELAY", "物流", "快递太慢、物流不更新怎么办？", "请私信单号，我们为您催件。", ("慢", "还没到", "催件")),
        AnswerEntry("LOST", "理赔", "快递丢件、破损怎么理赔？", "请在App提交理赔申请。", ("丢件", "破损", "理赔")),
    ]
    index = AnswerIndex(entries)
    assert index.match("kuaidi tai man le, yi ge xing qi le hai mei dao")[0][0].key == "DELAY"
    keywords = _feature(index, "kuaidi tai man le, hai mei dao", "keywords")
    assert keywords[0] > 0 and keywords[1] == 0.0
    # English is not pinyin, even where a word or two could be read as syllables
    assert _feature(index, "can you ship it to me", "keywords") == [0.0, 0.0]
