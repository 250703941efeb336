"""Prize draws among a post's fans (有奖转发): a commitment published when the draw is set up, the
entrants frozen at the draw, the matrix's own accounts and the company's people set aside, and winners
anyone can recompute from the published seed and list (`core.publishing.draws`)."""

from __future__ import annotations

import builtins
import contextlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from matrix_desktop.core.company import MemberRole
from matrix_desktop.core.errors import MatrixError, ValidationError
from matrix_desktop.core.flags.matcher import CompanyMatcher, ProfileText
from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.ports import UnitOfWorkFactory
from matrix_desktop.core.publishing.draws import (
    Draw,
    DrawState,
    Entrant,
    Verification,
    commitment_of,
    freeze,
    list_digest,
    pick_winners,
    to_record,
    verify_record,
)
from matrix_desktop.core.secret import Secret, SecretStorePort

NAME_MAX = 120
WINNERS_MAX = 1000


@dataclass(frozen=True)
class DrawOutcome:
    """A draw after `run`: `already` when an earlier run had drawn it (nothing was changed this time)."""

    draw: Draw
    already: bool


class PrizeDraws:
    """Setting up, running and checking prize draws.

    The seed is a secret until the draw: whoever reads it before the deadline can compute the winners
    from the entrants. It is kept in the keyring of the desktop that set the draw up (`seeds`), never in
    the database; the database holds its commitment, and the seed itself only once the draw revealed it.
    """

    def __init__(self, uow: UnitOfWorkFactory, actor: ActorProvider,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 new_seed: Callable[[], str] = lambda: secrets.token_hex(32),
                 seeds: Callable[[], SecretStorePort] | None = None) -> None:
        self._uow = uow
        self._actor = actor
        self._clock = clock
        self._new_seed = new_seed
        self._seeds = seeds

    def create(self, name: str, post_mid: str, deadline: datetime, winners: int, must_comment: bool = True,
               event_id: int | None = None) -> Draw:
        """Set up a draw and fix its seed now: the commitment (its SHA-256) is what the team publishes
        with the activity, before the deadline, so nobody can choose the seed after seeing the entrants."""
        actor = self._actor()
        actor.require("set up prize draws", MemberRole.OPERATOR, MemberRole.LEADER)
        name = " ".join(name.split())
        problems = []
        if not name or len(name) > NAME_MAX:
            problems.append(f"a draw needs a name of 1 to {NAME_MAX} characters")
        if not post_mid.strip().isdigit():
            problems.append(f"{post_mid!r} is not a Weibo post id (mid)")
        if not 1 <= winners <= WINNERS_MAX:
            problems.append(f"the number of winners must be 1 to {WINNERS_MAX}")
        if deadline.tzinfo is None:
            problems.append("the deadline needs a time zone")
        elif deadline <= self._clock():
            problems.append("the deadline has passed: a commitment must be published before it")
        if problems:
            raise ValidationError(problems)
        seed = self._new_seed()
        with self._uow() as uow:
            if event_id is not None:
                uow.publishing.event(event_id)
            kept_here = self._seeds is not None
            d = uow.publishing.add_draw(Draw(0, name, post_mid.strip(), deadline, winners, commitment_of(seed),
                                             DrawState.OPEN, must_comment, event_id, created_by=actor.name),
                                        "" if kept_here else seed)
            if self._seeds is not None:
                # Into the keyring before the commit: a keyring that fails leaves no draw without a seed,
                # and a commit that fails after leaves only an orphan item nobody can use.
                self._seeds().set_draw_seed(uow.audit.chain()[0], d.id, Secret(seed))
            uow.audit.append(actor.name, "draw.created", "", {
                "draw": d.id, "post": d.post_mid, "deadline": deadline.isoformat(), "winners": winners,
                "commitment": d.commitment})
            uow.commit()
        return d

    def get(self, draw_id: int) -> Draw:
        with self._uow.readonly() as uow:
            return uow.publishing.draw(draw_id)

    def list(self) -> list[Draw]:
        with self._uow.readonly() as uow:
            return uow.publishing.draws()

    def run(self, draw_id: int) -> DrawOutcome:
        """Freeze the entrants, set aside who may not win, reveal the seed and pick the winners — in one
        transaction, audited. Idempotent: a draw already run is returned as it was, never drawn again."""
        actor = self._actor()
        actor.require("run prize draws", MemberRole.OPERATOR, MemberRole.LEADER)
        now = self._clock()
        with self._uow() as uow:
            d = uow.publishing.draw(draw_id, lock=True)
            if d.state is DrawState.DRAWN:
                return DrawOutcome(d, True)
            if now < d.deadline:
                raise ValidationError(f"draw #{draw_id} closes at {d.deadline.isoformat()}; it cannot be run before")
            company = uow.company.get()
            matcher = CompanyMatcher(company) if company.legal_name else None

            def linked(e: Entrant) -> bool:
                return bool(matcher and matcher.classify(ProfileText(e.uid, screen_name=e.name)).linked)

            frozen = freeze(uow.publishing.entrants(d.post_mid, d.deadline), matrix_uids=uow.publishing.matrix_uids(),
                            flagged_uids=uow.publishing.flagged_uids(), linked_to_company=linked,
                            must_comment=d.must_comment)
            chain_id = uow.audit.chain()[0]
            seed = self._seed(uow.publishing.draw_seed(draw_id), chain_id, d)
            winners = pick_winners(seed, [e.uid for e in frozen if not e.excluded], d.winners_wanted)
            if not uow.publishing.record_draw(draw_id, frozen, winners, actor.name, now, seed):
                return DrawOutcome(uow.publishing.draw(draw_id), True)  # another desktop drew it meanwhile
            drawn = replace(d, state=DrawState.DRAWN, seed=seed, entrants=tuple(frozen), winners=tuple(winners),
                            drawn_by=actor.name, drawn_at=now)
            uow.audit.append(actor.name, "draw.run", "", {
                "draw": draw_id, "commitment": d.commitment, "seed": seed, "entrants": len(frozen),
                "eligible": len(drawn.eligible), "list_digest": list_digest(frozen), "winners": winners})
            uow.commit()
        if self._seeds is not None:  # revealed and recorded: the keyring need not keep it any longer
            with contextlib.suppress(MatrixError):
                self._seeds().delete_draw_seed(chain_id, draw_id)
        return DrawOutcome(drawn, False)

    def _seed(self, stored: str, chain_id: str, d: Draw) -> str:
        """The draw's seed: from this desktop's keyring, or from the database for a draw set up before
        seeds moved to the keyring. A seed that is in neither cannot be made up: say where it is."""
        kept = self._seeds().draw_seed(chain_id, d.id) if self._seeds is not None else None
        seed = kept.reveal() if kept is not None else stored
        if not seed:
            raise ValidationError(
                f"the seed of draw #{d.id} is kept in the keyring of the desktop that set it up "
                f"({d.created_by or 'unknown member'}); run the draw there")
        if commitment_of(seed) != d.commitment:
            raise ValidationError(f"the seed kept for draw #{d.id} does not match its published commitment; "
                                  "the draw cannot be run with it")
        return seed

    def candidate_posts(self, account_uid: str) -> builtins.list[tuple[str, str, int]]:
        """The account's synced posts with their synced comments (mid, text, count), most commented first."""
        with self._uow.readonly() as uow:
            return uow.publishing.commented_posts(account_uid)

    def announcement(self, draw_id: int, link: str) -> str:
        """The announcement post's words for a drawn draw: winners by name, and how anyone checks the
        draw (the commitment published before, the seed now). `link` points at the published record
        on the safe domain, which `statuses/share` needs anyway."""
        d = self.get(draw_id)
        if d.state is not DrawState.DRAWN:
            raise ValidationError(f"draw #{draw_id} has not been run yet: there are no winners to announce")
        names = d.names()
        winners = "、".join(f"@{names.get(uid) or uid}" for uid in d.winners) or "（无有效参与者）"
        return (f"【开奖】{d.name}：恭喜 {winners}！请在 7 天内私信我们领奖。"
                f"开奖前公布的承诺值 {d.commitment[:16]}…，随机种子 {d.seed[:16]}…，名单与验证方法见 {link}")

    def record(self, draw_id: int) -> dict[str, Any]:
        """The draw as the team publishes it (before the draw: the commitment only)."""
        return to_record(self.get(draw_id))

    def verify(self, draw_id: int) -> Verification:
        """Recompute a drawn draw from its stored record, as anyone would from the published one."""
        return verify_record(self.record(draw_id))
