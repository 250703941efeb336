"""The company the matrix speaks for, and the team that runs it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


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
