"""From a link decision to the flags an account carries, given its role in the matrix.

Rules (the Flags view and the flag lifecycle build on these):

* **employee** accounts: an `employee_link` finding when the matcher links the profile to the company
  (any kind, former employees included), and an `employee_org_verified` finding (severity high) when
  the account is verified as an organisation (blue V, `verified_type` 1–7) and its verification or
  screen name carries the company's name — an employee account dressed as a company account.
* **leader** accounts: a `leader_unverified` finding (severity medium) when the account is not verified
  (seed 000, error two: "the boss is not certified"). A leader whose verification names the company is
  what we *want* (a leader speaks for the company), so it is never a flag.
* **official** and **sub_brand** accounts speak for the company by design: no findings.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum

from matrix_desktop.core.accounts import AccountRole
from matrix_desktop.core.flags.matcher import CompanyMatcher, LinkKind, ProfileText, Severity
from matrix_desktop.core.flags.normalise import normalise_term

BLUE_V_TYPES = range(1, 8)  # 政府, 企业, 媒体, 校园, 网站, 应用, 机构/团体


class FlagKind(StrEnum):
    """What a flag is about."""

    EMPLOYEE_LINK = "employee_link"
    LEADER_UNVERIFIED = "leader_unverified"
    EMPLOYEE_ORG_VERIFIED = "employee_org_verified"


@dataclass(frozen=True)
class FlagFinding:
    """One thing wrong with an account, with the evidence to show the reviewer."""

    kind: FlagKind
    link_kind: LinkKind
    severity: Severity
    field: str
    evidence: str
    span: tuple[int, int] | None
    explanation: str

    @property
    def fingerprint(self) -> str:
        """Stable id of "the same flag" across re-syncs: kind, field and the normalised evidence.

        Normalising the evidence means a switch between 華為 and 华为, or full- and half-width forms, is
        still the same flag; a change of wording (员工 → 前员工) is a new one.
        """
        basis = "\x1f".join((self.kind.value, self.field, normalise_term(self.evidence)))
        return hashlib.sha1(basis.encode("utf-8")).hexdigest()


def findings_for_account(matcher: CompanyMatcher, role: AccountRole, p: ProfileText) -> list[FlagFinding]:
    """Every flag the account carries, most severe first (empty when there is nothing to review)."""
    findings: list[FlagFinding] = []
    if role is AccountRole.LEADER:
        if not p.verified:
            findings.append(FlagFinding(
                FlagKind.LEADER_UNVERIFIED, LinkKind.NONE, Severity.MEDIUM, "verified", "", None,
                "a leader's account is not verified: readers cannot tell it speaks for the company",
            ))
        return findings
    if role is not AccountRole.EMPLOYEE:
        return findings
    decision = matcher.classify(p)
    if decision.linked:
        findings.append(FlagFinding(
            FlagKind.EMPLOYEE_LINK, decision.kind, decision.severity, decision.field, decision.evidence,
            decision.span, decision.explanation,
        ))
    if p.verified and p.verified_type in BLUE_V_TYPES:
        hit = matcher.find_name(p, fields=("verified_reason", "screen_name"))
        if hit is not None:
            field, evidence, span = hit
            findings.append(FlagFinding(
                FlagKind.EMPLOYEE_ORG_VERIFIED, LinkKind.NONE, Severity.HIGH, field, evidence, span,
                f"an employee account verified as an organisation (type {p.verified_type}) "
                f"in the company's name “{evidence}”",
            ))
    findings.sort(key=lambda f: f.severity.rank, reverse=True)
    return findings
