"""The leader's review desk as rules: who reviews a draft (routing), how long an approval can be taken
back (the undo window), and which drafts a desk filter shows, with the count behind every choice."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from matrix_desktop.core.errors import ValidationError
from matrix_desktop.core.inbox.records import ReplyDraft


class Routing(StrEnum):
    """Who a draft waits on, as a team setting."""

    OWNER = "owner"  # the leader who owns the sending account (else the named reviewer, else any leader)
    NAMED = "named"  # one named reviewer (else any leader)
    ANY = "any"  # every leader sees every draft


#: Longest undo window a team may set: a reply to a complaint must not wait long for a second thought.
MAX_UNDO_SECONDS = 600


@dataclass(frozen=True)
class ReviewSettings:
    """The team's review settings: the undo window after an approval and the routing of drafts."""

    undo_seconds: int = 20
    routing: Routing = Routing.ANY
    reviewer: str = ""  # the named reviewer (routing NAMED, and the fallback of OWNER)

    def to_json(self) -> dict[str, Any]:
        return {"undo_seconds": self.undo_seconds, "routing": str(self.routing), "reviewer": self.reviewer}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> ReviewSettings:
        if not data:
            return cls()
        try:
            routing = Routing(str(data.get("routing", Routing.ANY)))
        except ValueError:
            routing = Routing.ANY
        return cls(int(data.get("undo_seconds", 20)), routing, str(data.get("reviewer") or ""))

    def validated(self, leaders: Iterable[str]) -> ReviewSettings:
        problems = []
        if not 0 <= self.undo_seconds <= MAX_UNDO_SECONDS:
            problems.append(f"the undo window must be 0 to {MAX_UNDO_SECONDS} seconds")
        if self.routing == Routing.NAMED and not self.reviewer:
            problems.append("name the reviewer drafts go to")
        if self.reviewer and self.reviewer not in set(leaders):
            problems.append(f"{self.reviewer} is not an active leader")
        if problems:
            raise ValidationError(problems)
        return self

    def window(self) -> timedelta:
        return timedelta(seconds=self.undo_seconds)


def reviewers_for(d: ReplyDraft, s: ReviewSettings, leaders: Sequence[str]) -> tuple[str, ...]:
    """The leaders a draft waits on: the one it was reassigned to, else as the team routes drafts; every
    leader when the routed person is not an active leader (a draft must never wait on nobody)."""
    active = set(leaders)
    if d.assigned_to in active:
        return (d.assigned_to,)
    if s.routing == Routing.OWNER and d.account_owner in active:
        return (d.account_owner,)
    if s.routing in (Routing.OWNER, Routing.NAMED) and s.reviewer in active:
        return (s.reviewer,)
    return tuple(sorted(active))


@dataclass(frozen=True)
class DeskRow:
    """One row of the review desk: the draft and whom it waits on."""

    draft: ReplyDraft
    reviewers: tuple[str, ...]

    @property
    def id(self) -> int:
        return self.draft.id


#: The age buckets of the desk's filter, in hours (the draft's comment's age): (key, at least, under).
AGE_BUCKETS: tuple[tuple[str, float, float], ...] = (
    ("lt1h", 0, 1), ("1to4h", 1, 4), ("4to24h", 4, 24), ("gt24h", 24, float("inf")))


@dataclass(frozen=True)
class DeskFilter:
    """What the desk shows; an empty field means any. `reviewer` is "my queue" (a leader's name)."""

    account_uid: str = ""
    category: str = ""
    priority: int | None = None
    age: str = ""
    reviewer: str = ""

    def matches(self, row: DeskRow, now: datetime, skip: str = "") -> bool:
        """Whether the row passes every filter but `skip` (so a filter's counts ignore its own choice)."""
        d = row.draft
        if skip != "account_uid" and self.account_uid and d.account_uid != self.account_uid:
            return False
        if skip != "category" and self.category and d.category != self.category:
            return False
        if skip != "priority" and self.priority is not None and d.priority != self.priority:
            return False
        if skip != "age" and self.age and age_bucket(d, now) != self.age:
            return False
        return skip == "reviewer" or not self.reviewer or self.reviewer in row.reviewers


def age_bucket(d: ReplyDraft, now: datetime) -> str:
    hours = (now - (d.item_created_at or d.created_at)).total_seconds() / 3600
    return next((key for key, lo, hi in AGE_BUCKETS if lo <= hours < hi), AGE_BUCKETS[-1][0])


def filter_rows(rows: Sequence[DeskRow], f: DeskFilter, now: datetime) -> list[DeskRow]:
    return [r for r in rows if f.matches(r, now)]


def filter_counts(rows: Sequence[DeskRow], f: DeskFilter, now: datetime) -> dict[str, Counter[Any]]:
    """For each filter, how many rows each of its choices would show given the other filters ("" = any)."""
    out: dict[str, Counter[Any]] = {}
    for name in ("account_uid", "category", "priority", "age", "reviewer"):
        c: Counter[Any] = Counter()
        for r in rows:
            if not f.matches(r, now, skip=name):
                continue
            c[""] += 1
            if name == "reviewer":
                for who in r.reviewers:
                    c[who] += 1
            elif name == "age":
                c[age_bucket(r.draft, now)] += 1
            else:
                c[getattr(r.draft, name)] += 1
        out[name] = c
    return out
