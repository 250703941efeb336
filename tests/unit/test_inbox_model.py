"""The learned triage model: needs a look, reasons a person can check, the crisis guard, corrections
that move similar texts, and the shipped model's artefact."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from matrix_desktop.core.inbox.model import (
    CorpusItem,
    Lexicon,
    TriageModel,
    load_corpus,
    train_model,
    view_of,
)
from matrix_desktop.core.inbox.reasons import parse_reason
from matrix_desktop.core.inbox.triage import (
    Category,
    Triage,
    Triager,
    TriageRules,
    default_model,
    train_triager,
)

CORPUS = Path(__file__).resolve().parents[2] / "resources" / "corpus" / "triage"


@pytest.fixture(scope="module")
def triager() -> Triager:
    return Triager()


def test_an_unsure_verdict_needs_a_look_and_keeps_its_best_guess() -> None:
    text = "这个嘛，怎么说呢"
    strict = Triager(needs_look_below=1.01)  # a team that wants to see everything
    t = strict.classify(text)
    assert t.needs_look
    probs = strict.probabilities([text])[0]
    assert t.category is max(probs, key=lambda c: probs[c])  # not silently `other`
    assert not Triager().classify("喝了你们的奶孩子上吐下泻住院了").needs_look
    unsure = Triager().classify("哈哈哈哈//@路人甲:喝星河牛奶喝出虫子了，住院了")  # crisis by the guard only
    assert unsure.category is Category.CRISIS and unsure.needs_look


def test_confidence_is_a_calibrated_probability(triager: Triager) -> None:
    probs = triager.probabilities(["请问门店几点开门", "[赞][赞]"])
    for p in probs:
        assert abs(sum(p.values()) - 1.0) < 1e-9 and all(0.0 <= v <= 1.0 for v in p.values())
    t = triager.classify("请问门店几点开门")
    assert t.category is Category.QUESTION and t.confidence == round(probs[0][Category.QUESTION], 2)


def test_reasons_name_the_words_and_features_that_decided(triager: Triager) -> None:
    t = triager.classify("兼职日赚300+，在家就能做，加V：abc12345")
    assert t.category is Category.SPAM
    assert t.reasons and all(r.startswith("spam: ") for r in t.reasons)
    assert any("兼职" in r or "contact" in r for r in t.reasons)
    assert all(len(r) > len("spam: ") + 1 for r in t.reasons)  # never a lone character


def test_a_crisis_told_as_a_story_without_the_listed_words_is_caught(triager: Triager) -> None:
    story = ("说个事，昨天给孩子冲了你们的奶粉，喝完没多久孩子就开始吐，脸色发白，"
             "我们连夜跑去儿童医院，医生说要留院观察")
    assert triager.classify(story).category is Category.CRISIS


def test_the_crisis_guard_turns_a_trusted_crisis_word_into_an_alert(triager: Triager) -> None:
    rules = TriageRules.default()
    lexicon = Lexicon.from_rules(rules)
    view = view_of("吃完就进了急诊", lexicon)
    assert "急诊" in view.rule_terms["crisis"]
    # A model that never learned crisis words still alerts when the rules' guard fires.
    items = [("物流太慢了", "complaint", "a"), ("请问几点开门", "question", "a"), ("好喝", "praise", "b"),
             ("加v看主页", "spam", "b"), ("哈哈", "other", "a")]
    model = train_model(items * 3, lexicon, folds=0)
    model.guard_floor = 0.0
    model.crisis_threshold = 1.1  # the model's own probability can never raise crisis here
    t = Triager(rules, model=model).classify("昨天吃完就进了急诊")
    assert t.category is Category.CRISIS
    assert any("crisis guard" in r for r in t.reasons)


def test_corrections_move_similar_texts_not_only_the_same_one() -> None:
    # The company decides that asking for a purchase link is a question its shop should answer,
    # where the corpus reads 求链接 as chatter. Six corrections; four similar texts held aside.
    corpus = [CorpusItem(f"c{i}", company, "x", text, cat) for i, (text, cat, company) in enumerate([
        ("求链接", "other", "A"), ("链接呢", "other", "A"), ("哈哈哈", "other", "A"), ("打卡", "other", "B"),
        ("前排", "other", "B"), ("路过", "other", "B"), ("请问几点开门", "question", "A"),
        ("可以开发票吗", "question", "B"), ("多久能到货", "question", "A"), ("退款怎么还没到", "complaint", "B"),
        ("等了一周还没发货", "complaint", "A"), ("客服不回消息", "complaint", "B"), ("太好喝了", "praise", "A"),
        ("爱了爱了", "praise", "B"), ("加v领红包", "spam", "A"), ("看我主页", "spam", "B"),
        ("喝完住院了", "crisis", "A"), ("媒体已经报道了", "crisis", "B"),
    ])] * 4
    corrections = [("求购买链接", Category.QUESTION), ("求个链接谢谢", Category.QUESTION),
                   ("蹲一个链接", Category.QUESTION), ("链接在哪里", Category.QUESTION),
                   ("有没有链接", Category.QUESTION), ("求链接求链接", Category.QUESTION)]
    held_aside = ["求一个购买链接", "蹲链接", "链接发一下", "求个购买的链接"]
    before = train_triager(corpus, folds=0)
    after = train_triager(corpus, corrections, folds=0)
    assert sum(before.classify(t).category is Category.QUESTION for t in held_aside) <= 1
    assert sum(after.classify(t).category is Category.QUESTION for t in held_aside) >= 3
    assert after.classify("求购买链接").reasons == ("corrected by a person",)


def test_the_shipped_model_loads_and_round_trips(triager: Triager) -> None:
    model = default_model()
    again = TriageModel.from_json(model.to_json())
    assert again.classes == model.classes and again.coef.shape == model.coef.shape
    assert model.trained_on["items"] >= 3000
    assert 0.0 < model.crisis_threshold < 0.6


def test_many_at_once_gives_the_same_verdicts_as_one_by_one(triager: Triager) -> None:
    texts = ["快递三天还没到", "请问有门店吗", "绝绝子", "加v：abc123456", "哈哈", "喝出虫子了住院"]
    many = triager.classify_many(texts)
    assert [t.category for t in many] == [triager.classify(t).category for t in texts]
    assert all(isinstance(t, Triage) for t in many)


def _corpus_texts() -> list[str]:
    """Every text of the triage corpus and of its held-out batch, and each again as an echo and as a
    repost (the paths that read the reposted text)."""
    texts = [i.text for i in load_corpus(CORPUS) + load_corpus(CORPUS / "heldout_after")]
    assert len(texts) >= 3000
    return texts + [f"同问//@路人:{t}" for t in texts[::7]] + [f"哈哈//@路人:{t}" for t in texts[3::7]]


def test_a_batch_gives_every_text_of_the_corpus_the_verdict_it_gets_alone() -> None:
    # Alone, a text's probabilities are its row's own gather and dot (`row_probabilities`) and its
    # reasons mostly come from a Python sort; in a batch, from one product for 2000 rows.
    texts = _corpus_texts()
    followers = [(k * 7919) % 200_000 for k in range(len(texts))]
    verified = [k % 13 == 0 for k in range(len(texts))]
    triager = Triager(recent_texts=0)
    many = []
    for at in range(0, len(texts), 2000):
        many += triager.classify_many(texts[at:at + 2000], author_followers=followers[at:at + 2000],
                                      author_verified=verified[at:at + 2000])
    alone = [triager.classify(t, author_followers=f, author_verified=v)
             for t, f, v in zip(texts, followers, verified, strict=True)]
    assert [t for t, a, b in zip(texts, many, alone, strict=True) if a != b] == []


def test_a_batch_has_the_rows_and_probabilities_of_its_comments_one_by_one() -> None:
    triager = Triager(recent_texts=0)
    no_feature = ["ꙮꙮꙮꙮ", "ᚠᚢᚦᚨᚱ"]  # not one gram the model knows, no dense feature: a row of nothing
    texts = no_feature + _corpus_texts()[:1000] + no_feature + _corpus_texts()[1000:2000] + no_feature
    views = [view_of(t, triager.lexicon) for t in texts]
    assert not len(triager.model.rows(views[:1])[0][0])
    batch = triager.model.batch(views)
    assert len(batch) == len(views)
    for r, (cols, vals) in enumerate(triager.model.rows(views)):
        b_cols, b_vals = batch.row(r)
        assert np.array_equal(cols, b_cols) and np.array_equal(vals, b_vals)
        # summed in another order: equal to the last bits, never further apart
        assert np.allclose(batch.probabilities[r], triager.model.row_probabilities(cols, vals), rtol=0, atol=1e-12)
    assert len(triager.model.batch([])) == 0 and triager.classify_many([]) == []


def test_the_batch_reads_every_comment_as_training_did() -> None:
    # Inference reads a batch's grams in numpy (one binary search over every text's code points);
    # training builds its matrix gram by gram in Python (`features`). Both must say the same numbers,
    # or the model would be applied to features it was never trained on. Spaces, links, mentions,
    # emoji beyond the BMP, reposts and texts with no gram at all are all in here.
    triager = Triager(recent_texts=0)
    texts = (["", "  ", "ꙮꙮ", "a  b\n\tc", "😀😀😀 好", "🐮🍺🐮🍺", "同问//@路人:喝出虫子了"]
             + _corpus_texts()[:1500])
    views = [view_of(t, triager.lexicon) for t in texts]
    trained = triager.model.features(views)
    batch = triager.model.batch(views)
    for r in range(len(views)):
        a, b = trained.indptr[r], trained.indptr[r + 1]
        want = dict(zip(trained.indices[a:b].tolist(), trained.data[a:b].tolist(), strict=True))
        cols, vals = batch.row(r)
        got = dict(zip(cols.tolist(), vals.tolist(), strict=True))
        assert len(got) == len(cols), texts[r]  # each column once
        assert want.keys() == got.keys(), texts[r]
        assert all(abs(want[j] - got[j]) <= 1e-12 for j in want), texts[r]


_DECISION_CODES = frozenset({"echo", "crisis_threshold", "crisis_guard", "chain_guard"})


def test_reasons_read_the_strongest_features_and_equals_in_the_row_s_order() -> None:
    """Features pull equally often (grams that only occurred together learned one weight), and which of
    two equals is read first decides the reasons: it is the row's own order (a stable sort), never the
    accident of whichever sort a numpy build or processor uses."""
    triager = Triager(recent_texts=0)
    model = triager.model
    views = [view_of(t, triager.lexicon) for t in _corpus_texts()]
    batch = model.batch(views)
    ties = 0
    for r, (view, verdict) in enumerate(zip(views, triager._verdicts(views), strict=True)):
        cls = model.classes.index(verdict.category.value)
        cols, vals = batch.row(r)
        pull = vals * model.centred()[cls, cols]
        order = np.argsort(-pull, kind="stable")[:20]
        expected, _ = triager._reasons_of(list(zip(pull[order].tolist(), cols[order].tolist(), strict=True)),
                                          cls, view, 3)
        strongest = [t for t in verdict.reasons if getattr(parse_reason(t), "code", "") not in _DECISION_CODES]
        assert strongest == expected, view.plain
        positive = np.sort(pull[pull > 0])
        ties += bool((positive[1:] == positive[:-1]).any())
    assert ties > len(views) // 4  # the corpus does exercise ties
