"""The company the matrix speaks for, and the team that runs it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

#: Limits of the company profile: how long one name may be, how many of each kind.
NAME_MAX = 100
NAMES_MAX = 50


@dataclass(frozen=True)
class CompanyProfile:
    """Names the company goes by; the flags matcher and the inbox derive what to look for from it."""

    legal_name: str = ""
    aliases: tuple[str, ...] = ()
    english_names: tuple[str, ...] = ()
    ticker: str = ""
    business_keywords: tuple[str, ...] = ()

    @property
    def is_set(self) -> bool:
        return bool(self.legal_name.strip())


class MemberRole(StrEnum):
    OPERATOR = "operator"
    LEADER = "leader"
    ADMIN = "admin"


@dataclass(frozen=True)
class Member:
    """A person on the team and the roles they hold (one person may hold several)."""

    id: int
    name: str
    display_name: str = ""
    roles: frozenset[MemberRole] = field(default_factory=frozenset)
    active: bool = True

    def has(self, role: MemberRole) -> bool:
        return role in self.roles


def normalise_company(p: CompanyProfile) -> CompanyProfile:
    """Trim every name and drop empty or repeated ones (first spelling kept, order kept)."""
    def clean(values: Sequence[str]) -> tuple[str, ...]:
        out: list[str] = []
        for v in values:
            v = " ".join(v.split())
            if v and v not in out:
                out.append(v)
        return tuple(out)

    return CompanyProfile(legal_name=" ".join(p.legal_name.split()), aliases=clean(p.aliases),
                          english_names=clean(p.english_names), ticker=p.ticker.strip(),
                          business_keywords=clean(p.business_keywords))


def validate_company(p: CompanyProfile) -> list[str]:
    """Every problem with a company profile, in words; empty when it is valid."""
    problems: list[str] = []
    if not p.legal_name:
        problems.append("the company's legal name is required")
    for label, values in (("legal name", (p.legal_name,)), ("alias", p.aliases),
                          ("English name", p.english_names), ("ticker", (p.ticker,)),
                          ("keyword", p.business_keywords)):
        if len(values) > NAMES_MAX:
            problems.append(f"more than {NAMES_MAX} {label}s")
        for v in values:
            if len(v) > NAME_MAX:
                problems.append(f"{label} {v[:20]!r}… is longer than {NAME_MAX} characters")
    if p.ticker and not p.ticker.replace(".", "").isalnum():
        problems.append(f"ticker {p.ticker!r} must be letters and digits (e.g. XHDY or 600887)")
    return problems
