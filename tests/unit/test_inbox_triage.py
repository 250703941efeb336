"""Triage of real Weibo text: sarcasm, hyperbole, repost chains, traditional characters, emoji, spam."""

from __future__ import annotations

import json

import pytest

from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.inbox.text import normalize
from matrix_desktop.core.inbox.triage import Category, Priority, Triager, TriageRules, correction_key


@pytest.fixture(scope="module")
def triager() -> Triager:
    return Triager()


def test_sarcastic_praise_about_a_month_of_waiting_is_a_complaint(triager: Triager) -> None:
    t = triager.classify("服务真周到，等了一个月[微笑]")
    assert t.category is Category.COMPLAINT
    assert t.priority is Priority.P2_HIGH
    assert any("sarcasm" in r for r in t.reasons)


def test_battery_life_that_kills_it_is_praise_not_a_crisis(triager: Triager) -> None:
    assert triager.classify("这款酸奶真的杀疯了，好喝到跺脚！！").category is Category.PRAISE
    assert triager.classify("新手机续航杀疯了").category is not Category.CRISIS


def test_hyperbolic_death_in_a_delivery_grumble_is_a_complaint_not_a_crisis(triager: Triager) -> None:
    assert triager.classify("快递慢死了，等得花都谢了").category is Category.COMPLAINT


def test_a_repost_is_judged_by_the_reposters_words_unless_it_spreads_a_crisis(triager: Triager) -> None:
    # docs/labels.md: reposting a crisis claim spreads it, whatever the reposter laughs about.
    t = triager.classify("哈哈哈哈//@路人甲:喝星河牛奶喝出虫子了，住院了")
    assert t.category is Category.CRISIS
    assert any("repost spreads" in r for r in t.reasons)
    assert triager.classify("好喝！//@路过的猫:星河的酸奶快递三天还没到，差评").category is Category.PRAISE


def test_an_echo_repost_adopts_the_reposted_words(triager: Triager) -> None:
    assert triager.classify("求扩//@维权小王:星河酸奶喝出塑料片，客服说只能退款").category is Category.CRISIS
    assert triager.classify("同问//@奶茶不加糖:请问低脂奶适合减肥期间喝吗？").category is Category.QUESTION


def test_traditional_characters_are_read_as_simplified(triager: Triager) -> None:
    t = triager.classify("奶裡面有蟲子在動！！！太噁心了")
    assert t.category is Category.CRISIS
    assert t.priority is Priority.P1_URGENT
    assert triager.classify("請問你們的奶粉在香港可以買到嗎").category is Category.QUESTION


def test_emoji_only_comments_are_praise(triager: Triager) -> None:
    assert triager.classify("[赞][赞][赞][爱你]").category is Category.PRAISE
    assert triager.classify("👍👍👍❤️❤️").category is Category.PRAISE
    assert triager.classify("[doge][二哈]").category is Category.OTHER


@pytest.mark.parametrize("text", [
    "看我主页，有惊喜👉 http://t.cn/A6xyzAb",
    "低价代购进口奶粉，正品保证，微信号 milk888",
    "兼职日赚300+，在家就能做，加V：abc12345",
    "➕V了解：代理星河同款奶源，一件代发",
])
def test_links_wechat_ids_and_add_v_are_spam(triager: Triager, text: str) -> None:
    t = triager.classify(text)
    assert t.category is Category.SPAM
    assert t.priority is Priority.P4_LOW


def test_a_safety_question_without_an_incident_is_a_question(triager: Triager) -> None:
    assert triager.classify("你们的牛奶有三聚氰胺检测报告吗？想给家里老人买").category is Category.QUESTION
    assert triager.classify("刚开始还担心会不会拉肚子，结果完全没事，良心").category is Category.PRAISE


def test_a_complaint_from_a_big_or_verified_account_or_naming_the_media_is_urgent(triager: Triager) -> None:
    text = "下单一周了还没发货，客服也不回，什么意思？"
    assert triager.classify(text).priority is Priority.P2_HIGH
    assert triager.classify(text, author_followers=500_000).priority is Priority.P1_URGENT
    assert triager.classify(text, author_verified=True).priority is Priority.P1_URGENT
    threat = triager.classify("再不给我处理我就去找媒体曝光")
    assert (threat.category, threat.priority) == (Category.COMPLAINT, Priority.P1_URGENT)


def test_media_already_involved_and_legal_threats_are_crises(triager: Triager) -> None:
    assert triager.classify("媒体已经联系我了，明天就发报道，你们好自为之").category is Category.CRISIS
    assert triager.classify("律师函已经寄出，星河乳业法庭见。").category is Category.CRISIS


def test_a_persons_correction_wins_for_the_same_text_in_any_form() -> None:
    triager = Triager(corrections={"666": Category.PRAISE})
    assert triager.classify("666").category is Category.PRAISE
    assert triager.classify(" 666！").reasons == ("corrected by a person",)
    triager.add_correction("優惠活動說明寫得不清不楚", Category.QUESTION)
    assert triager.classify("优惠活动说明写得不清不楚").category is Category.QUESTION
    assert Triager().classify("666").category is Category.OTHER


def test_correction_key_is_idempotent_and_ignores_the_repost_chain() -> None:
    key = correction_key("回复@阿明：好喝！//@路人:差评")
    assert key == correction_key(key) == "好喝"


def test_normalize_takes_a_weibo_text_apart() -> None:
    n = normalize("回复@小明：服務真周到[微笑]👍 #星河酸奶# http://t.cn/A6xyz @阿明 ＡＢＣ//@甲:原文")
    assert n.plain == "服务真周到 星河酸奶 abc"
    assert n.topics == ("星河酸奶",) and n.emoji_codes == ("微笑",) and n.emoji == ("👍",)
    assert n.mentions == ("阿明",) and n.urls == ("http://t.cn/a6xyz",)
    assert [(c.name, c.text) for c in n.chain] == [("甲", "原文")]


def test_edited_rules_are_validated_with_every_problem_named() -> None:
    data = json.loads(_default_json())
    data["categories"]["crisis"]["terms"]["中毒"] = "high"
    data["categories"]["spam"]["patterns"]["(unclosed"] = 3
    with pytest.raises(ValidationError) as exc:
        TriageRules.from_json(json.dumps(data, ensure_ascii=False), source="mine.json")
    text = str(exc.value)
    assert "crisis.terms.中毒" in text and "bad regular expression" in text and "mine.json" in text
    with pytest.raises(ValidationError, match="not valid JSON"):
        TriageRules.from_json("{", source="mine.json")


def test_an_edited_term_changes_the_verdict() -> None:
    data = json.loads(_default_json())
    data["categories"]["crisis"]["terms"]["胀袋"] = 5
    triager = Triager(TriageRules.from_json(json.dumps(data, ensure_ascii=False)))
    assert triager.classify("收到的酸奶全部胀袋了").category is Category.CRISIS
    assert Triager().classify("收到的酸奶全部胀袋了").category is Category.COMPLAINT


def _default_json() -> str:
    from importlib import resources

    return resources.files("matrix_desktop.core.inbox").joinpath("data/triage_rules.json").read_text("utf-8")


def test_a_repeated_text_gets_the_same_verdict_and_the_priority_of_its_own_author() -> None:
    kept, fresh = Triager(recent_texts=2), Triager(recent_texts=0)
    text = "快递三天了还没到，客服也不回"
    first = kept.classify(text)
    loud = kept.classify(text, author_followers=1_000_000)
    assert first.category is loud.category is Category.COMPLAINT
    assert (first.reasons, first.confidence) == (loud.reasons, loud.confidence) == \
        (fresh.classify(text).reasons, fresh.classify(text).confidence)
    assert (first.priority, loud.priority) == (Priority.P2_HIGH, Priority.P1_URGENT)
    for other in ("同问", "+1", "好喝！"):
        kept.classify(other)
    assert len(kept._recent) == 2 and not fresh._recent
    kept.add_correction(text, Category.QUESTION)  # a correction wins over a verdict kept from before
    assert kept.classify("好喝！").category is Category.PRAISE
    assert kept.classify(text).category is Category.QUESTION


def test_the_rule_automaton_and_segmenter_find_what_a_plain_scan_finds() -> None:
    """The Aho-Corasick pass and the fast word cutter are shortcuts: the same terms, the same words."""
    import jieba

    from matrix_desktop.core.inbox.text import word_cutter

    lexicon = Triager().lexicon
    for text in ("喝了孩子住院了，没有拉肚子但是呕吐", "再不处理就去找媒体曝光", "吓死我了，笑死，杀疯了", "请问能退款吗？？", ""):
        plain = normalize(text).plain
        found = {
            (i, plain[i:i + n]) for i in range(len(plain)) for n in lexicon.lengths if plain[i:i + n] in lexicon.terms}
        assert {(i, t) for i, _, t, _ in lexicon._occurrences(plain)} == found
        assert word_cutter()(text) == jieba.lcut(text, HMM=False)
