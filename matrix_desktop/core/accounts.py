"""The account registry's domain: accounts of the matrix, their roles, and the rules between them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.textlen import weibo_length


class AccountRole(StrEnum):
    """The part an account plays in the matrix."""

    OFFICIAL = "official"
    LEADER = "leader"
    SUB_BRAND = "sub_brand"
    EMPLOYEE = "employee"

    @property
    def rank(self) -> int:
        """Order of prominence: official first, employees last (forwarding order too)."""
        return _RANK[self]


_RANK = {AccountRole.OFFICIAL: 0, AccountRole.LEADER: 1, AccountRole.SUB_BRAND: 2, AccountRole.EMPLOYEE: 3}

UID_RE = re.compile(r"^[1-9][0-9]{4,19}$")
SCREEN_NAME_MAX = 30  # the platform allows 4-30 half-width units; we check 汉字 length loosely


@dataclass(frozen=True)
class AccountInput:
    """What a person types (or a CSV row holds) to register or edit an account."""

    uid: str
    screen_name: str
    role: AccountRole
    owner: str = ""
    team: str = ""
    verified: bool = False
    verified_type: int = -1
    verified_reason: str = ""
    description: str = ""
    followers_count: int = 0
    friends_count: int = 0
    statuses_count: int = 0


@dataclass(frozen=True)
class Account:
    """An account of the matrix as the database holds it (plain data, safe to hand to the UI)."""

    id: int
    uid: str
    screen_name: str
    role: AccountRole
    owner: str = ""
    team: str = ""
    verified: bool = False
    verified_type: int = -1
    verified_reason: str = ""
    description: str = ""
    followers_count: int = 0
    friends_count: int = 0
    statuses_count: int = 0
    archived: bool = False
    connected: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None
    profile_synced_at: datetime | None = None
    #: The row's edit version, what its last save changed and who made it (optimistic concurrency).
    version: int = 1
    changed: tuple[str, ...] = ()
    changed_by: str = ""

    def as_input(self) -> AccountInput:
        return AccountInput(
            uid=self.uid, screen_name=self.screen_name, role=self.role, owner=self.owner, team=self.team,
            verified=self.verified, verified_type=self.verified_type, verified_reason=self.verified_reason,
            description=self.description, followers_count=self.followers_count,
            friends_count=self.friends_count, statuses_count=self.statuses_count,
        )

    def with_input(self, data: AccountInput) -> Account:
        return replace(
            self, uid=data.uid, screen_name=data.screen_name, role=data.role, owner=data.owner,
            team=data.team, verified=data.verified, verified_type=data.verified_type,
            verified_reason=data.verified_reason, description=data.description,
            followers_count=data.followers_count, friends_count=data.friends_count,
            statuses_count=data.statuses_count,
        )


class SortKey(StrEnum):
    SCREEN_NAME = "screen_name"
    UID = "uid"
    ROLE = "role"
    OWNER = "owner"
    TEAM = "team"
    FOLLOWERS = "followers_count"
    VERIFIED = "verified"
    UPDATED = "updated_at"


@dataclass(frozen=True)
class AccountQuery:
    """A filter and order for listing accounts; evaluated in SQL by the store."""

    roles: frozenset[AccountRole] = field(default_factory=frozenset)
    text: str = ""
    include_archived: bool = False
    sort: SortKey = SortKey.ROLE
    descending: bool = False
    limit: int | None = None
    offset: int = 0


def parse_role(value: str) -> AccountRole:
    """Read a role as typed in a form or a CSV cell; accepts the Chinese names too."""
    v = value.strip().lower().replace("-", "_").replace(" ", "_")
    v = _ROLE_ALIASES.get(v, v)
    try:
        return AccountRole(v)
    except ValueError:
        allowed = ", ".join(r.value for r in AccountRole)
        raise ValidationError(f"role {value!r} is not one of {allowed}") from None


_ROLE_ALIASES = {
    "官方": "official", "官方号": "official", "领导": "leader", "高管": "leader",
    "子品牌": "sub_brand", "subbrand": "sub_brand", "员工": "employee",
}


def shown(value: str, limit: int = 40) -> str:
    """A value quoted in an error message, cut short so one bad cell never floods the screen."""
    return repr(value if len(value) <= limit else value[:limit] + "…")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def validate_input(data: AccountInput) -> list[str]:
    """Every problem with an account's fields, in words; empty when it is valid."""
    problems: list[str] = []
    if not UID_RE.match(data.uid):
        problems.append(f"uid {shown(data.uid)} must be the account's numeric Weibo uid (5-20 digits)")
    name = data.screen_name.strip()
    if not name:
        problems.append("screen name is empty")
    elif weibo_length(name) > SCREEN_NAME_MAX:
        problems.append(f"screen name {shown(name)} is longer than {SCREEN_NAME_MAX} characters")
    elif any(ch in name for ch in "\n\r\t"):
        problems.append("screen name contains a line break or tab")
    for label, text in (("screen name", data.screen_name), ("owner", data.owner), ("team", data.team),
                        ("verified reason", data.verified_reason), ("description", data.description)):
        if _CONTROL.search(text):
            problems.append(f"{label} contains an invisible control character")
    for label, value in (("followers", data.followers_count), ("friends", data.friends_count),
                         ("statuses", data.statuses_count)):
        if value < 0:
            problems.append(f"{label} count {value} is negative")
    if data.verified_type < -1 or data.verified_type > 1000:
        problems.append(f"verified type {data.verified_type} is not a platform value")
    for label, text, limit in (("verified reason", data.verified_reason, 200),
                               ("description", data.description, 500),
                               ("owner", data.owner, 100), ("team", data.team, 100)):
        if len(text) > limit:
            problems.append(f"{label} is longer than {limit} characters")
    return problems


def normalise_input(data: AccountInput) -> AccountInput:
    """Trim what a person typed; the stored values never carry stray whitespace."""
    return replace(
        data, uid=data.uid.strip(), screen_name=data.screen_name.strip(), owner=data.owner.strip(),
        team=data.team.strip(), verified_reason=data.verified_reason.strip(),
        description=data.description.strip(),
    )


ROLE_LABELS_ZH = {
    AccountRole.OFFICIAL: "官方", AccountRole.LEADER: "领导", AccountRole.SUB_BRAND: "子品牌",
    AccountRole.EMPLOYEE: "员工",
}


def name_sort_key(name: str) -> str:
    """How a Chinese reader expects names ordered: by pinyin (星河 as "xing he"), Latin letters by case-folded
    spelling, so 阿杰 sorts before 星河乳业 and "Lily" between them; kept in a column so SQL can sort by it."""
    from pypinyin import lazy_pinyin

    return " ".join(part.casefold() for part in lazy_pinyin(name.strip()))[:200]
