"""The interactive-fan ratio: distinct fans who interacted in a period ÷ followers (seed 001's measure).

A fan who comments five times is one interactive fan; the matrix's own accounts talking to each other
are not fans. Per role and for the whole matrix the fans are counted once across the accounts (a fan
of two sub-brands is one fan of the sub-brands), and divided by the role's summed followers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from matrix_desktop.core.accounts import Account, AccountRole
from matrix_desktop.core.insight.records import FanTouch

#: The industry average the users' articles quote (2.14%).
INDUSTRY_AVERAGE = 0.0214

MATRIX_KEY = "matrix"


@dataclass(frozen=True)
class FanRatio:
    """Interactive fans of an account, a role or the matrix, over its followers."""

    key: str  # an account uid, a role's value, or "matrix"
    label: str
    fans: int
    followers: int

    @property
    def ratio(self) -> float | None:
        """None when there are no followers to divide by (a new or unsynced account)."""
        return self.fans / self.followers if self.followers > 0 else None

    @property
    def above_average(self) -> bool:
        r = self.ratio
        return r is not None and r >= INDUSTRY_AVERAGE


def _fans_by_account(touches: Iterable[FanTouch], own_uids: set[str]) -> dict[str, set[str]]:
    fans: dict[str, set[str]] = defaultdict(set)
    for t in touches:
        if t.fan_uid and t.fan_uid not in own_uids:
            fans[t.account_uid].add(t.fan_uid)
    return fans


def ratios_by_account(touches: Iterable[FanTouch], accounts: Sequence[Account]) -> list[FanRatio]:
    """One ratio per account, in the accounts' order."""
    fans = _fans_by_account(touches, {a.uid for a in accounts})
    return [FanRatio(a.uid, a.screen_name, len(fans.get(a.uid, ())), a.followers_count) for a in accounts]


def ratios_by_role(touches: Iterable[FanTouch], accounts: Sequence[Account]) -> list[FanRatio]:
    """One ratio per role present (official, leader, sub-brand, employee), then the whole matrix."""
    fans = _fans_by_account(touches, {a.uid for a in accounts})
    out: list[FanRatio] = []
    for role in sorted({a.role for a in accounts}, key=lambda r: r.rank):
        members = [a for a in accounts if a.role == role]
        union = set().union(*(fans.get(a.uid, set()) for a in members))
        out.append(FanRatio(role.value, role.value, len(union), sum(a.followers_count for a in members)))
    union = set().union(*fans.values()) if fans else set()
    out.append(FanRatio(MATRIX_KEY, MATRIX_KEY, len(union), sum(a.followers_count for a in accounts)))
    return out


def role_of(key: str) -> AccountRole | None:
    try:
        return AccountRole(key)
    except ValueError:
        return None


@dataclass(frozen=True)
class FanCounts:
    """Distinct interactive fans as the database counted them: per account, per role, the whole matrix
    (each a fan counted once within its group), so no list of (account, fan) pairs crosses to Python."""

    by_account: dict[str, int]
    by_role: dict[str, int]
    matrix: int


def ratios_from_counts(counts: FanCounts, accounts: Sequence[Account]) -> tuple[list[FanRatio], list[FanRatio]]:
    """The same ratios as `ratios_by_account` and `ratios_by_role`, from counts."""
    by_account = [FanRatio(a.uid, a.screen_name, counts.by_account.get(a.uid, 0), a.followers_count)
                  for a in accounts]
    by_role = [FanRatio(role.value, role.value, counts.by_role.get(role.value, 0),
                        sum(a.followers_count for a in accounts if a.role == role))
               for role in sorted({a.role for a in accounts}, key=lambda r: r.rank)]
    by_role.append(FanRatio(MATRIX_KEY, MATRIX_KEY, counts.matrix, sum(a.followers_count for a in accounts)))
    return by_account, by_role
