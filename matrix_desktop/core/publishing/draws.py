"""Prize draws among a post's fans (有奖转发) that anyone can check afterwards.

Before the deadline the team publishes a *commitment*: the SHA-256 of a secret seed. At the draw the
entrants are frozen (everyone who commented on the post by the deadline), the accounts that may not win
are set aside with the reason, and the winners follow from the seed and the frozen list alone:

    score(uid) = SHA-256("<seed>:<uid>") as hex;  winners = the `n` eligible uids with the lowest scores

Publishing the seed and the frozen list with the result lets anyone recompute the commitment and the
winners (`draw verify` does exactly that); a seed that was changed after the commitment, or a list
edited after the draw, shows. Pure functions, no I/O.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

#: The version of the record format below; `verify_record` refuses others rather than guess.
RECORD_FORMAT = "matrix-desktop-draw/1"


class DrawState(StrEnum):
    OPEN = "open"  # the commitment is published; entrants still come in
    DRAWN = "drawn"  # entrants frozen, seed revealed, winners chosen


class Exclusion(StrEnum):
    """Why an entrant cannot win. Order matters: the first that applies is recorded."""

    MATRIX = "matrix"  # one of the company's own accounts (any role, employees included)
    EMPLOYEE = "employee"  # not in the registry, but flagged or its profile ties it to the company
    ZOMBIE = "zombie"  # looks like a bot: no followers at all
    NO_COMMENT = "no_comment"  # the rules want a comment and this entrant only forwarded


EXCLUSION_ZH = {Exclusion.MATRIX: "矩阵账号", Exclusion.EMPLOYEE: "员工/与公司有关联",
                Exclusion.ZOMBIE: "疑似僵尸号（无粉丝）", Exclusion.NO_COMMENT: "未评论"}


@dataclass(frozen=True)
class Entrant:
    """One fan who took part by the deadline, as the synced data saw them."""

    uid: str
    name: str = ""
    followers: int = 0
    at: datetime | None = None
    commented: bool = True


@dataclass(frozen=True)
class FrozenEntrant:
    """An entrant on the frozen list, with the reason they cannot win ("" = eligible)."""

    uid: str
    name: str
    excluded: str = ""


@dataclass(frozen=True)
class Draw:
    """A draw: its rules, its commitment and, once drawn, the frozen list and the winners."""

    id: int
    name: str
    post_mid: str
    deadline: datetime
    winners_wanted: int
    commitment: str
    state: DrawState = DrawState.OPEN
    must_comment: bool = True
    event_id: int | None = None
    seed: str = ""  # revealed (kept in the record) only once drawn
    entrants: tuple[FrozenEntrant, ...] = ()
    winners: tuple[str, ...] = ()
    created_by: str = ""
    drawn_by: str = ""
    drawn_at: datetime | None = None

    @property
    def eligible(self) -> list[str]:
        return [e.uid for e in self.entrants if not e.excluded]

    def excluded_counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for e in self.entrants:
            if e.excluded:
                out[e.excluded] = out.get(e.excluded, 0) + 1
        return out

    def names(self) -> dict[str, str]:
        return {e.uid: e.name for e in self.entrants}


def commitment_of(seed: str) -> str:
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()


def score(seed: str, uid: str) -> str:
    return hashlib.sha256(f"{seed}:{uid}".encode()).hexdigest()


def pick_winners(seed: str, eligible: Iterable[str], n: int) -> list[str]:
    """The `n` eligible uids with the lowest scores, lowest first. Independent of the list's order."""
    unique = sorted(set(eligible))
    return sorted(unique, key=lambda uid: (score(seed, uid), uid))[:max(0, n)]


def freeze(entrants: Iterable[Entrant], *, matrix_uids: Iterable[str], flagged_uids: Iterable[str] = (),
           linked_to_company: Callable[[Entrant], bool] = lambda e: False,
           must_comment: bool = True) -> list[FrozenEntrant]:
    """The frozen list: each uid once, in uid order, each with why it cannot win. A uid seen several
    times is judged on all its entries: linked to the company if any entry's profile is, commented if
    any entry did, its followers the most any entry saw."""
    matrix, flagged = set(matrix_uids), set(flagged_uids)
    merged: dict[str, tuple[str, int, bool, bool]] = {}
    for e in entrants:
        if not e.uid:
            continue
        name, followers, commented, linked = merged.get(e.uid, ("", 0, False, False))
        merged[e.uid] = (name or e.name, max(followers, e.followers), commented or e.commented,
                         linked or linked_to_company(e))
    out: list[FrozenEntrant] = []
    for uid in sorted(merged):
        name, followers, commented, linked = merged[uid]
        reason = ""
        if uid in matrix:
            reason = Exclusion.MATRIX.value
        elif uid in flagged or linked:
            reason = Exclusion.EMPLOYEE.value
        elif followers <= 0:
            reason = Exclusion.ZOMBIE.value
        elif must_comment and not commented:
            reason = Exclusion.NO_COMMENT.value
        out.append(FrozenEntrant(uid, name, reason))
    return out


def list_digest(entrants: Sequence[FrozenEntrant]) -> str:
    """A fingerprint of the frozen list, published with the result (and kept in the audit trail)."""
    canon = json.dumps([[e.uid, e.name, e.excluded] for e in entrants], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canon.encode("utf-8")).hexdigest()


# -- the published record ------------------------------------------------------------------------------


def to_record(d: Draw) -> dict[str, Any]:
    """What the team publishes with the result: enough for anyone to recompute it, nothing more."""
    if d.state is not DrawState.DRAWN:
        return {"format": RECORD_FORMAT, "draw": d.id, "name": d.name, "post_mid": d.post_mid,
                "deadline": d.deadline.isoformat(), "winners_wanted": d.winners_wanted,
                "commitment": d.commitment, "state": d.state.value}
    return {"format": RECORD_FORMAT, "draw": d.id, "name": d.name, "post_mid": d.post_mid,
            "deadline": d.deadline.isoformat(), "winners_wanted": d.winners_wanted, "commitment": d.commitment,
            "state": d.state.value, "seed": d.seed, "list_digest": list_digest(d.entrants),
            "entrants": [{"uid": e.uid, "name": e.name, "excluded": e.excluded} for e in d.entrants],
            "winners": list(d.winners)}


@dataclass(frozen=True)
class Verification:
    """What recomputing a draw found: `ok` when the commitment, the list and the winners all agree."""

    recomputed: list[str]
    published: list[str]
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_record(record: Mapping[str, Any]) -> Verification:
    """Recompute a published draw from its seed and frozen list. Never raises on a bad record: every
    problem is one line of `problems`."""
    problems: list[str] = []
    if record.get("format") != RECORD_FORMAT:
        return Verification([], [], [f"not a draw record of format {RECORD_FORMAT}"])
    if record.get("state") != DrawState.DRAWN.value:
        return Verification([], [], ["the draw has not been run yet: there is no seed or winner to check"])
    seed, commitment = record.get("seed"), record.get("commitment")
    raw_entrants, published = record.get("entrants"), record.get("winners")
    n = record.get("winners_wanted")
    if not isinstance(seed, str) or not isinstance(commitment, str) or not isinstance(n, int) or isinstance(n, bool):
        return Verification([], [], ["the record lacks its seed, commitment or number of winners"])
    if not isinstance(raw_entrants, list) or not isinstance(published, list) or not all(
            isinstance(w, str) for w in published):
        return Verification([], [], ["the record lacks its frozen list or its winners"])
    entrants: list[FrozenEntrant] = []
    for i, e in enumerate(raw_entrants):
        if not isinstance(e, Mapping) or not isinstance(e.get("uid"), str):
            return Verification([], list(published), [f"entrant {i + 1} of the frozen list is not readable"])
        entrants.append(FrozenEntrant(str(e["uid"]), str(e.get("name", "")), str(e.get("excluded", ""))))
    if commitment_of(seed) != commitment:
        problems.append("the seed does not match the commitment published before the deadline")
    digest = record.get("list_digest")
    if digest is not None and digest != list_digest(entrants):
        problems.append("the frozen list differs from the one the draw recorded (its digest does not match)")
    eligible = [e.uid for e in entrants if not e.excluded]
    recomputed = pick_winners(seed, eligible, n)
    if recomputed != list(published):
        problems.append(f"the winners do not follow from the seed and the list: recomputed {', '.join(recomputed)}"
                        f"; published {', '.join(published)}")
    excluded = {e.uid for e in entrants if e.excluded}
    cheats = [w for w in published if w in excluded]
    if cheats:
        problems.append(f"excluded accounts among the winners: {', '.join(cheats)}")
    return Verification(recomputed, list(published), problems)
