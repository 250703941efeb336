"""The failure classes of issue 14, one test each: what the matcher used to miss or wrongly flag."""

from __future__ import annotations

import pytest

from matrix_desktop.core.company import CompanyProfile
from matrix_desktop.core.flags import CompanyMatcher, LinkKind, ProfileText

XINGHE = CompanyProfile("星河乳业股份有限公司", ("星河", "星河牧场"), ("Xinghe Dairy",), "XHRY")
HUAWEI = CompanyProfile("华为技术有限公司", ("华为",), ("Huawei",))
PINGAN = CompanyProfile("中国平安保险(集团)股份有限公司", ("中国平安", "平安保险", "平安"), ("Ping An",))
BYD = CompanyProfile("比亚迪股份有限公司", ("比亚迪",), ("BYD",))


@pytest.fixture(scope="module")
def huawei() -> CompanyMatcher:
    return CompanyMatcher(HUAWEI)


@pytest.fixture(scope="module")
def xinghe() -> CompanyMatcher:
    return CompanyMatcher(XINGHE)


def bio(text: str) -> ProfileText:
    return ProfileText("2000000001", "someone", False, -1, "", text)


def verified(reason: str) -> ProfileText:
    return ProfileText("2000000002", "someone", True, 0, reason, "")


def kind(matcher: CompanyMatcher, p: ProfileText) -> LinkKind:
    return matcher.classify(p).kind


def test_employment_in_a_bio_without_a_title_word_is_a_current_link(huawei: CompanyMatcher) -> None:
    assert kind(huawei, bio("在华为搬砖第六年，坂田基地")) is LinkKind.CURRENT
    assert kind(huawei, bio("华为的，做基站")) is LinkKind.CURRENT
    assert kind(huawei, bio("目前在华为终端研究院")) is LinkKind.CURRENT
    assert kind(CompanyMatcher(BYD), bio("battery guy @ byd. views my own")) is LinkKind.CURRENT
    assert kind(CompanyMatcher(BYD), bio("ex-byd engineer")) is LinkKind.FORMER


def test_lower_case_short_name_without_at_or_ex_is_still_not_the_company() -> None:
    byd = CompanyMatcher(BYD)
    assert not byd.classify(bio("bye bye byd, hello tesla")).linked
    assert not byd.classify(bio("byd fan from malaysia")).linked


def test_subsidiary_or_business_unit_carrying_the_name_is_the_company() -> None:
    pingan = CompanyMatcher(PINGAN)
    assert kind(pingan, verified("平安银行股份有限公司 客户经理")) is LinkKind.CURRENT  # same industry family
    assert kind(CompanyMatcher(BYD), verified("比亚迪半导体股份有限公司 芯片设计")) is LinkKind.CURRENT
    assert kind(CompanyMatcher(BYD), bio("比亚迪 西安基地 电池车间")) is LinkKind.CURRENT


def test_another_industry_after_a_short_name_is_still_another_firm(xinghe: CompanyMatcher) -> None:
    assert not xinghe.classify(verified("星河物流有限公司 经理")).linked
    assert not xinghe.classify(verified("深圳星河科技有限公司 CTO")).linked


def test_closed_year_span_or_just_left_is_a_former_link(huawei: CompanyMatcher) -> None:
    assert kind(huawei, bio("2015-2019 在华为做无线")) is LinkKind.FORMER
    assert kind(huawei, bio("2013年至2019年 华为 工程师")) is LinkKind.FORMER
    assert kind(huawei, bio("刚从华为离职，休息一阵")) is LinkKind.FORMER
    assert kind(huawei, bio("在华为干了八年，上个月走了")) is LinkKind.FORMER


def test_open_year_span_is_a_current_link(huawei: CompanyMatcher) -> None:
    assert kind(huawei, bio("2019-至今 华为 工程师")) is LinkKind.CURRENT


def test_authorised_partner_wording_is_a_partner(huawei: CompanyMatcher) -> None:
    assert kind(huawei, verified("华为授权服务中心 店长")) is LinkKind.PARTNER
    assert kind(huawei, bio("华为生态链企业，智能家居")) is LinkKind.PARTNER
    assert kind(huawei, verified("华为 一级代理商")) is LinkKind.PARTNER
    assert kind(huawei, bio("华为合作门店，以旧换新")) is LinkKind.PARTNER


def test_variant_characters_and_spacing_still_name_the_company(huawei: CompanyMatcher) -> None:
    assert kind(huawei, verified("華爲技術有限公司 工程師")) is LinkKind.CURRENT
    assert kind(CompanyMatcher(BYD), verified("比 亞 迪 工程師")) is LinkKind.CURRENT
    assert kind(CompanyMatcher(BYD), bio("ＢＹＤ 电池工程师")) is LinkKind.CURRENT


def test_explicit_denial_is_not_a_link(huawei: CompanyMatcher) -> None:
    assert not huawei.classify(bio("声明：我不是华为员工，只是用户")).linked
    assert not huawei.classify(bio("本人并非华为员工")).linked
    assert not huawei.classify(bio("不在华为上班，别私信问内推了")).linked


def test_aspiration_or_application_is_not_a_link(huawei: CompanyMatcher) -> None:
    assert not huawei.classify(bio("梦想进华为，加油")).linked
    assert not huawei.classify(bio("想加入华为做芯片")).linked
    assert not huawei.classify(bio("华为实习投递中，求好运")).linked
    assert not huawei.classify(bio("华为二面挂了")).linked


def test_a_relative_working_there_is_not_a_link(huawei: CompanyMatcher) -> None:
    assert not huawei.classify(bio("我爸在华为上班，我在读书")).linked


def test_alias_followed_by_another_word_or_company_is_not_a_link(xinghe: CompanyMatcher) -> None:
    assert not xinghe.classify(verified("星河湾地产 销售经理")).linked
    assert not CompanyMatcher(BYD).classify(verified("比亚迪路小学 语文老师")).linked
    assert not CompanyMatcher(PINGAN).classify(verified("平安县人民医院 护士")).linked
    gree = CompanyMatcher(CompanyProfile("珠海格力电器股份有限公司", ("格力",), ("GREE",)))
    assert not gree.classify(verified("格力高(中国)投资有限公司 市场经理")).linked


def test_numeric_ticker_inside_a_year_is_not_the_company() -> None:
    anta = CompanyMatcher(CompanyProfile("安踏体育用品集团有限公司", ("安踏",), ("ANTA",), "2020"))
    assert not anta.classify(bio("2020年毕业，现在做设计")).linked


def test_reading_is_cached_but_severity_follows_each_profile(xinghe: CompanyMatcher) -> None:
    reason = "星河乳业股份有限公司 品牌经理"
    on = xinghe.classify(ProfileText("1", "a", True, 0, reason, ""))
    off = xinghe.classify(ProfileText("2", "b", False, -1, reason, ""))
    assert (on.severity.value, off.severity.value) == ("high", "medium")
