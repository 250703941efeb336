"""The flag lifecycle's decisions, without a database: what a re-check opens, keeps and resolves."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.flags import FlagFinding, FlagKind, LinkKind, Severity
from matrix_desktop.core.flags.lifecycle import (
    ACCOUNT_ARCHIVED,
    VERIFICATION_CHANGED,
    FlagState,
    VerificationFlag,
    check_transition,
    decide,
)

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def finding(evidence: str = "星河乳业市场总监", field: str = "verified_reason",
            kind: FlagKind = FlagKind.EMPLOYEE_LINK, span: tuple[int, int] | None = (0, 8),
            severity: Severity = Severity.HIGH) -> FlagFinding:
    return FlagFinding(kind, LinkKind.CURRENT, severity, field, evidence, span, f"says {evidence}")


def stored(flag_id: int, uid: str, f: FlagFinding, state: FlagState = FlagState.OPEN) -> VerificationFlag:
    return VerificationFlag(flag_id, uid, f.kind, f.link_kind, f.severity, f.field, f.evidence, f.span,
                            f.explanation, f.fingerprint, state, NOW)


def test_a_new_finding_opens_a_flag() -> None:
    d = decide([], {"1001": [finding()]})
    assert [(uid, f.evidence) for uid, f in d.open] == [("1001", "星河乳业市场总监")]
    assert not d.keep and not d.resolve


def test_the_same_finding_keeps_its_flag_and_opens_nothing() -> None:
    f = finding()
    d = decide([stored(7, "1001", f)], {"1001": [f]})
    assert not d.open and not d.resolve
    assert [k.flag_id for k in d.keep] == [7]


def test_traditional_characters_are_still_the_same_flag() -> None:
    old = finding("星河乳业市场总监")
    new = finding("星河乳業市場總監")
    d = decide([stored(7, "1001", old)], {"1001": [new]})
    assert not d.open and not d.resolve
    assert d.keep[0].differs_from(stored(7, "1001", old))  # the shown evidence follows the new text


def test_a_vanished_finding_resolves_the_flag_because_the_verification_changed() -> None:
    d = decide([stored(7, "1001", finding(), FlagState.ACKNOWLEDGED)], {"1001": []})
    assert [(c.flag_id, c.reason) for c in d.resolve] == [(7, VERIFICATION_CHANGED)]
    assert not d.open


def test_a_changed_evidence_text_is_a_new_flag_and_the_old_one_resolves() -> None:
    d = decide([stored(7, "1001", finding("星河乳业员工"))], {"1001": [finding("原星河乳业员工")]})
    assert [f.evidence for _uid, f in d.open] == ["原星河乳业员工"]
    assert [c.flag_id for c in d.resolve] == [7]


def test_a_waived_flag_stays_waived_while_the_text_is_unchanged() -> None:
    f = finding()
    d = decide([stored(7, "1001", f, FlagState.WAIVED)], {"1001": [f]})
    assert not d.open and not d.resolve and [k.flag_id for k in d.keep] == [7]


def test_a_waived_flag_is_not_resolved_again_when_its_text_goes() -> None:
    d = decide([stored(7, "1001", finding(), FlagState.WAIVED)], {"1001": []})
    assert not d.resolve and not d.open


def test_accounts_not_checked_keep_their_flags() -> None:
    d = decide([stored(7, "1001", finding())], {"2002": []})
    assert not d.resolve and not d.open and not d.keep


def test_an_archived_account_resolves_with_its_own_reason() -> None:
    d = decide([stored(7, "1001", finding())], {"1001": []}, {"1001": ACCOUNT_ARCHIVED})
    assert [c.reason for c in d.resolve] == [ACCOUNT_ARCHIVED]


def test_two_kinds_on_one_account_are_two_flags() -> None:
    link = finding()
    org = finding(kind=FlagKind.EMPLOYEE_ORG_VERIFIED, evidence="星河乳业")
    d = decide([], {"1001": [link, org]})
    assert sorted(f.kind.value for _uid, f in d.open) == ["employee_link", "employee_org_verified"]


def test_waiving_needs_a_reason_and_an_active_flag() -> None:
    open_flag = stored(7, "1001", finding())
    with pytest.raises(ValidationError, match="reason is required"):
        check_transition(open_flag, FlagState.WAIVED, "   ")
    assert check_transition(open_flag, FlagState.WAIVED, " 本人已离职，\n公司知情 ") == "本人已离职， 公司知情"
    with pytest.raises(ValidationError, match="already resolved"):
        check_transition(stored(7, "1001", finding(), FlagState.RESOLVED), FlagState.WAIVED, "x")


def test_only_an_open_flag_can_be_acknowledged() -> None:
    with pytest.raises(ValidationError, match="only an open flag"):
        check_transition(stored(7, "1001", finding(), FlagState.ACKNOWLEDGED), FlagState.ACKNOWLEDGED, "")
    assert check_transition(stored(7, "1001", finding()), FlagState.ACKNOWLEDGED, "") == ""
