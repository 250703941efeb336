"""Cross-forwarding coordination, one service per job: `matrix` (rules and settings), `plans` (planning,
editing, a leader's approval), `sending` (the exactly-once executor) and `campaigns` (paid forwarding)."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from matrix_desktop.core.identity import ActorProvider
from matrix_desktop.core.ports import UnitOfWorkFactory, WeiboPlatform
from matrix_desktop.services.credentials import CredentialService
from matrix_desktop.services.forwarding.campaigns import Campaigns
from matrix_desktop.services.forwarding.matrix import ForwardMatrix
from matrix_desktop.services.forwarding.plans import ForwardPlans, Reposters
from matrix_desktop.services.forwarding.sending import ForwardSender, default_worker_id
from matrix_desktop.services.forwarding.setup import ForwardSetupService


@dataclass
class Forwarding:
    """The forwarding services, built together on one unit-of-work factory and clock."""

    matrix: ForwardMatrix
    plans: ForwardPlans
    sending: ForwardSender
    campaigns: Campaigns

    @classmethod
    def build(cls, uow: UnitOfWorkFactory, actor: ActorProvider, credentials: CredentialService,
              platform: WeiboPlatform, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> Forwarding:
        plans = ForwardPlans(uow, actor, clock, _repost_timeline(uow, credentials, platform))
        return cls(ForwardMatrix(uow, actor), plans, ForwardSender(uow, actor, credentials, platform, plans, clock),
                   Campaigns(uow, actor, clock))

    @property
    def setup(self) -> ForwardSetupService:
        """The team's forwarding setup: API tier, time zone, quiet hours, comment lines."""
        return self.plans.setup


#: How many accounts' tokens the repost-timeline read tries (the post's author first).
TIMELINE_READERS = 4


def _repost_timeline(uow: UnitOfWorkFactory, credentials: CredentialService, platform: WeiboPlatform) -> Reposters:
    """Who reposted a post, read from the platform as the post's author (or another connected account)."""

    def read(mid: str) -> dict[str, str]:
        with uow.readonly() as u:
            post = u.forwarding.post(mid)
        def uids() -> Iterator[str]:  # the author first; the other connected accounts only if it has no token
            if post:
                yield post[1]
            yield from sorted(credentials.connected_uids() - ({post[1]} if post else set()))

        # A few accounts at most: each without a token in the keyring costs a keyring call (a D-Bus round
        # trip), and a keyring that lost every token would otherwise be asked once per account of the matrix
        # on every plan (5,000 calls). The sender looks again before each send.
        for uid in itertools.islice(uids(), TIMELINE_READERS):
            with credentials.lanes.lane(uid):
                token = credentials.token_for_use(uid, "forwarding: who already reposted")
                if token is None:
                    continue
                with platform.session(token.reveal()) as session:
                    out: dict[str, str] = {}
                    for item in session.reposts_of(mid):
                        out.setdefault(item.author_uid, item.id)
                    return out
        return {}

    return read


__all__ = ["Forwarding", "default_worker_id"]
