"""Comment templates: filling in variables, and variants that keep every forward's text distinct."""

from __future__ import annotations

import pytest

from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.forwarding.templates import (
    CLOSINGS,
    DEFAULT_TEMPLATES,
    EMOJI,
    MARKS,
    OPENERS,
    VARIANT_COUNT,
    DistinctTexts,
    render,
    template_variables,
    validate_template,
    vary,
)
from matrix_desktop.core.textlen import fits_weibo

VARS = {"author": "小米公司", "title": "新品发布会回顾", "slogan": "为发烧而生", "name": "小米之家"}


def test_render_fills_author_title_and_slogan() -> None:
    assert render("{author}发布了{title}——{slogan}", VARS) == "小米公司发布了新品发布会回顾——为发烧而生"


def test_render_refuses_an_unknown_variable_naming_it() -> None:
    with pytest.raises(ValidationError, match=r"\{price\}"):
        render("{author}今天的价格{price}", VARS)


def test_double_braces_write_literal_braces() -> None:
    assert render("{{活动}}{title}}}", VARS) == "{活动}新品发布会回顾}"


def test_validate_template_names_every_problem() -> None:
    problems = validate_template("{author}说{prize} {")
    assert any("{prize}" in p for p in problems)
    assert any("unmatched" in p for p in problems)
    assert validate_template("   ") == ["the template is empty"]
    assert validate_template("{author}的新动态") == []


def test_template_variables_lists_what_a_template_needs() -> None:
    assert template_variables("{slogan}：{title}") == frozenset({"slogan", "title"})


def test_default_templates_are_valid() -> None:
    assert all(validate_template(t) == [] for t in DEFAULT_TEMPLATES)


def test_variant_zero_is_the_text_as_written_and_all_variants_differ() -> None:
    base = "小米公司的新动态，值得一看"
    variants = [vary(base, i, seed=3) for i in range(VARIANT_COUNT)]
    assert variants[0] == base
    assert len(set(variants)) == VARIANT_COUNT


def test_variants_add_only_curated_words_never_random_characters() -> None:
    base = "好消息分享给大家：新品发布会回顾"
    allowed = set("".join(OPENERS + CLOSINGS + MARKS + EMOJI))
    for i in range(1, VARIANT_COUNT):
        variant = vary(base, i, seed=11)
        assert base in variant
        extra = variant.replace(base, "", 1)
        assert extra and set(extra) <= allowed, variant


def test_lighter_variants_come_first() -> None:
    base = "新品发布会回顾"
    single = ({o + base for o in OPENERS} | {base + c for c in CLOSINGS} | {base + m for m in MARKS}
              | {base + e for e in EMOJI}) - {base}
    assert {vary(base, i, seed=5) for i in range(1, len(single) + 1)} == single


def test_variant_order_depends_on_the_seed() -> None:
    base = "新品发布会回顾"
    assert [vary(base, i, 1) for i in range(1, 20)] != [vary(base, i, 2) for i in range(1, 20)]


def test_distinct_texts_hands_out_thousands_of_different_texts_from_one_template() -> None:
    picker = DistinctTexts(seed=7)
    texts = [picker.pick(["{author}的新动态，值得一看"], VARS) for _ in range(1000)]
    assert None not in texts
    assert len(set(texts)) == 1000
    assert texts[0] == "小米公司的新动态，值得一看"


def test_distinct_texts_avoids_texts_the_account_already_used() -> None:
    picker = DistinctTexts(seed=0)
    used = {"小米公司的新动态，值得一看"}
    text = picker.pick(["{author}的新动态，值得一看"], VARS, avoid=used)
    assert text is not None and text not in used
    # Another account may still get the text the first one had used.
    assert picker.pick(["{author}的新动态，值得一看"], VARS) == "小米公司的新动态，值得一看"


def test_templates_needing_an_empty_slogan_are_passed_over() -> None:
    picker = DistinctTexts(seed=0)
    assert picker.pick(["{slogan}：{title}", "推荐阅读：{title}"], {**VARS, "slogan": ""}) == "推荐阅读：新品发布会回顾"
    assert picker.pick(["{slogan}：{title}"], {**VARS, "slogan": ""}) is None


def test_texts_stay_within_the_weibo_length() -> None:
    long_title = "发布会" * 45  # 135 汉字: the bare template fits, most decorations do not
    picker = DistinctTexts(seed=0)
    texts = [picker.pick(["看：{title}"], {**VARS, "title": long_title}) for _ in range(30)]
    assert all(t is None or fits_weibo(t) for t in texts)
    assert len({t for t in texts if t}) == sum(1 for t in texts if t)


def test_a_template_too_long_for_weibo_is_never_used() -> None:
    picker = DistinctTexts(seed=0)
    assert picker.pick(["{title}"], {**VARS, "title": "长" * 141}) is None
