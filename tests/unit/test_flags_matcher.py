"""The employee-verification matcher: what ties an account to the company, and what does not."""

from __future__ import annotations

import pytest

from matrix_desktop.core.accounts import AccountRole
from matrix_desktop.core.company import CompanyProfile
from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.flags import (
    CompanyMatcher,
    FlagKind,
    LinkKind,
    ProfileText,
    Severity,
    core_name,
    findings_for_account,
    normalise,
)

XINGHE = CompanyProfile("星河乳业股份有限公司", ("星河", "星河牧场"), ("Xinghe Dairy",), "XHRY")
HUAWEI = CompanyProfile("华为技术有限公司", ("华为",), ("Huawei",))
XIAOMI = CompanyProfile("北京小米科技有限责任公司", ("小米",), ("Xiaomi",))
NIO = CompanyProfile("上海蔚来汽车有限公司", ("蔚来",), ("NIO",))


@pytest.fixture(scope="module")
def xinghe() -> CompanyMatcher:
    return CompanyMatcher(XINGHE)


@pytest.fixture(scope="module")
def huawei() -> CompanyMatcher:
    return CompanyMatcher(HUAWEI)


@pytest.fixture(scope="module")
def xiaomi() -> CompanyMatcher:
    return CompanyMatcher(XIAOMI)


def verified(reason: str, vtype: int = 0) -> ProfileText:
    return ProfileText("1000000001", "someone", True, vtype, reason, "")


def described(text: str) -> ProfileText:
    return ProfileText("1000000002", "someone", False, -1, "", text)


def test_verified_marketing_director_is_a_current_high_severity_link(xinghe: CompanyMatcher) -> None:
    d = xinghe.classify(verified("星河乳业 市场总监"))
    assert (d.linked, d.kind, d.severity, d.field) == (True, LinkKind.CURRENT, Severity.HIGH, "verified_reason")
    assert d.evidence == "星河乳业 市场总监"
    assert "总监" in d.explanation


def test_former_employee_in_verification_stays_flagged_high(huawei: CompanyMatcher) -> None:
    d = huawei.classify(verified("前华为终端工程师，现自由职业"))
    assert (d.kind, d.severity) == (LinkKind.FORMER, Severity.HIGH)
    assert d.evidence == "前华为终端工程师"


def test_english_ex_employee_in_description_is_a_medium_former_link(xinghe: CompanyMatcher) -> None:
    d = xinghe.classify(described("Ex-Xinghe Dairy brand manager"))
    assert (d.kind, d.severity, d.field) == (LinkKind.FORMER, Severity.MEDIUM, "description")


def test_original_prefix_yuan_marks_a_former_employee(xinghe: CompanyMatcher) -> None:
    assert xinghe.classify(described("原星河乳业员工")).kind is LinkKind.FORMER


def test_traditional_characters_link_and_evidence_points_into_the_original(huawei: CompanyMatcher) -> None:
    reason = "認證：華為技術有限公司 高級工程師"
    d = huawei.classify(verified(reason))
    assert d.kind is LinkKind.CURRENT
    assert d.span is not None
    assert reason[d.span[0]:d.span[1]] == d.evidence == "華為技術有限公司 高級工程師"


def test_full_width_letters_still_match_and_span_is_in_original_text(xinghe: CompanyMatcher) -> None:
    text = "ＣＥＯ ｏｆ Ｘｉｎｇｈｅ Ｄａｉｒｙ"
    d = xinghe.classify(described(text))
    assert d.kind is LinkKind.EXECUTIVE
    assert d.span == (0, len(text))


def test_chairman_is_an_executive(xiaomi: CompanyMatcher) -> None:
    assert xiaomi.classify(verified("小米集团创始人、董事长兼CEO")).kind is LinkKind.EXECUTIVE


def test_authorised_dealer_is_a_partner_with_lower_severity(huawei: CompanyMatcher) -> None:
    in_reason = huawei.classify(verified("华为授权经销商"))
    in_profile = huawei.classify(described("华为授权经销商，全国包邮"))
    assert (in_reason.kind, in_reason.severity) == (LinkKind.PARTNER, Severity.MEDIUM)
    assert (in_profile.kind, in_profile.severity) == (LinkKind.PARTNER, Severity.LOW)


def test_reason_of_an_unverified_account_is_medium(xinghe: CompanyMatcher) -> None:
    p = ProfileText("1", "x", False, -1, "星河乳业股份有限公司 品牌经理", "")
    assert xinghe.classify(p).severity is Severity.MEDIUM


def test_housing_estate_sharing_the_alias_is_not_a_link(xinghe: CompanyMatcher) -> None:
    d = xinghe.classify(verified("星河湾物业 经理"))
    assert not d.linked
    assert "星河湾" in d.explanation


def test_another_company_sharing_the_alias_is_not_a_link(xinghe: CompanyMatcher) -> None:
    assert not xinghe.classify(verified("星河物流有限公司 经理")).linked
    assert not xinghe.classify(verified("深圳星河科技有限公司 CTO")).linked


def test_loyal_fan_is_not_a_link(xinghe: CompanyMatcher) -> None:
    assert not xinghe.classify(described("星河乳业忠实粉丝")).linked


def test_brand_reviewer_is_not_a_link(xiaomi: CompanyMatcher) -> None:
    assert not xiaomi.classify(verified("知名数码博主 小米手机评测")).linked


def test_millet_porridge_is_not_xiaomi(xiaomi: CompanyMatcher) -> None:
    assert not xiaomi.classify(described("小米粥爱好者，养胃")).linked
    assert not xiaomi.classify(described("小米椒炒肉是我的拿手菜")).linked


def test_personal_name_containing_the_alias_is_not_a_link(xiaomi: CompanyMatcher) -> None:
    assert not xiaomi.classify(described("王小米，插画师")).linked


def test_alias_straddling_a_common_word_is_not_a_link(huawei: CompanyMatcher) -> None:
    assert not huawei.classify(described("以振兴中华为己任")).linked


def test_role_at_another_employer_next_to_a_short_alias_is_not_a_link(xiaomi: CompanyMatcher) -> None:
    assert not xiaomi.classify(described("小米 腾讯工程师")).linked


def test_current_word_mu_qian_is_not_read_as_former(huawei: CompanyMatcher) -> None:
    d = huawei.classify(described("目前就职于华为"))
    assert d.kind is LinkKind.CURRENT


def test_short_capital_name_must_be_written_in_capitals() -> None:
    nio = CompanyMatcher(NIO)
    assert nio.classify(described("Engineer at NIO")).kind is LinkKind.CURRENT
    assert not nio.classify(described("nio engineer")).linked
    assert not nio.classify(described("Antonio, Union Street engineer")).linked


def test_car_owner_is_not_a_link() -> None:
    assert not CompanyMatcher(NIO).classify(described("蔚来车主，ES6")).linked


def test_verified_reason_outranks_description(huawei: CompanyMatcher) -> None:
    p = ProfileText("1", "x", True, 0, "华为技术有限公司 工程师", "华为人")
    assert huawei.classify(p).field == "verified_reason"


def test_core_name_drops_place_and_legal_suffix() -> None:
    assert core_name("北京小米科技有限责任公司") == "小米科技"
    assert core_name("星河乳业股份有限公司") == "星河乳业"
    assert core_name("Huawei Technologies Co., Ltd.") == "huawei technologies"


def test_normalise_keeps_offsets_when_width_changes() -> None:
    n = normalise("㈱華為")
    assert n.text.endswith("华为")
    start = n.text.index("华为")
    assert n.original_span(start, start + 2) == (1, 3)


def test_profile_reads_int_or_string_ids_and_missing_fields() -> None:
    assert ProfileText.from_user_json({"id": 123}).uid == "123"
    p = ProfileText.from_user_json({"id": "456", "verified": "true", "verified_type": "2"})
    assert (p.uid, p.verified, p.verified_type, p.description) == ("456", True, 2, "")


@pytest.mark.parametrize("bad", [[1], {"screen_name": "x"}, {"id": 1, "description": ["x"]},
                                 {"id": 1, "verified_type": "blue"}])
def test_unusable_user_objects_are_refused_with_a_reason(bad: object) -> None:
    with pytest.raises(ValidationError):
        ProfileText.from_user_json(bad)


def test_unverified_leader_is_flagged_and_verified_leader_naming_the_company_is_not(
        xinghe: CompanyMatcher) -> None:
    unverified = ProfileText("1", "王总", False, -1, "", "星河乳业董事长")
    verified_leader = ProfileText("2", "王总", True, 0, "星河乳业股份有限公司 董事长", "")
    assert [f.kind for f in findings_for_account(xinghe, AccountRole.LEADER, unverified)] == \
        [FlagKind.LEADER_UNVERIFIED]
    assert findings_for_account(xinghe, AccountRole.LEADER, verified_leader) == []


def test_employee_verified_as_organisation_in_company_name_is_flagged(xinghe: CompanyMatcher) -> None:
    p = ProfileText("3", "星河乳业华东大区", True, 2, "星河乳业华东大区官方微博", "")
    kinds = {f.kind for f in findings_for_account(xinghe, AccountRole.EMPLOYEE, p)}
    assert FlagKind.EMPLOYEE_ORG_VERIFIED in kinds


def test_official_and_sub_brand_accounts_carry_no_findings(xinghe: CompanyMatcher) -> None:
    p = verified("星河乳业股份有限公司 品牌经理")
    assert findings_for_account(xinghe, AccountRole.OFFICIAL, p) == []
    assert findings_for_account(xinghe, AccountRole.SUB_BRAND, p) == []


def test_fingerprint_survives_script_change_but_not_a_new_wording(huawei: CompanyMatcher) -> None:
    def fp(reason: str) -> str:
        [f] = findings_for_account(huawei, AccountRole.EMPLOYEE, verified(reason))
        return f.fingerprint

    assert fp("華為技術有限公司 工程師") == fp("华为技术有限公司 工程师")
    assert fp("华为技术有限公司 工程师") != fp("前华为技术有限公司 工程师")


def test_severity_orders_from_none_to_high() -> None:
    assert Severity.NONE < Severity.LOW < Severity.MEDIUM < Severity.HIGH
    assert max([Severity.LOW, Severity.HIGH, Severity.MEDIUM]) is Severity.HIGH
